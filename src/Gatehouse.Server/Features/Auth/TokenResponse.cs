using System.Text.Json.Serialization;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// A new access token, and the refresh token when the client asked for it in the body. A refresh
/// with <c>?include=me</c> also carries what <c>GET /auth/me</c> would answer, so the admin app
/// restoring its session at load needs one round trip instead of two.
/// </summary>
public sealed record TokenResponse(
    string AccessToken, string TokenType, int ExpiresIn, string? RefreshToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GetMe.Response? Me = null);
