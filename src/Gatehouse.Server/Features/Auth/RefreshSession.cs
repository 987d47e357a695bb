namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// One sign-in: the family of refresh tokens born from it. Access tokens carry its id (<c>sid</c>),
/// so revoking the family also stops its access tokens on their next request.
/// </summary>
public sealed class RefreshSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastUsedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    /// <summary>When the member last proved who they are in this session (sign-in, password or code re-check): opens step-up.</summary>
    public DateTime? SteppedUpAt { get; set; }
}

/// <summary>One refresh token; only its SHA-256 is stored.</summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
