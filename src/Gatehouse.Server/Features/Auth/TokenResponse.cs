using System.Text.Json.Serialization;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// A new access token, and the refresh token when the client asked for it in the body. A refresh
/// with <c>?include=me</c> also carries what <c>GET /auth/me</c> would answer, so the admin app
/// restoring its session at load needs one round trip instead of two; other values of <c>include</c> add a page's
/// first data under <c>included</c>, named by the value that asked for it.
/// </summary>
public sealed record TokenResponse(
    string AccessToken, string TokenType, int ExpiresIn, string? RefreshToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] GetMe.Response? Me = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, object>? Included = null);
