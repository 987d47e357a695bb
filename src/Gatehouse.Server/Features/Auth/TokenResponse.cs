namespace Gatehouse.Server.Features.Auth;

/// <summary>A new access token, and the refresh token when the client asked for it in the body.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string? RefreshToken);
