namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>
/// A key that acts for the member who created it, within its scopes. Only hashes of its secrets
/// are stored; the secret itself is shown once.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    /// <summary>The short public part of the key (<c>gh_live_&lt;public_id&gt;_…</c>), unique; finds the row without the secret.</summary>
    public string PublicId { get; set; } = "";
    /// <summary>SHA-256 (hex) of the whole current key; the secret has 256 bits of entropy, so a fast hash is enough.</summary>
    public string SecretHash { get; set; } = "";
    /// <summary>The secret before the last rotation, still accepted until <see cref="PreviousValidUntil"/>.</summary>
    public string? PreviousSecretHash { get; set; }
    public DateTime? PreviousValidUntil { get; set; }
    public List<string> Scopes { get; set; } = [];
    /// <summary>CIDR blocks (or single addresses) the key may be used from; empty means anywhere.</summary>
    public List<string> AllowedIps { get; set; } = [];
    /// <summary>Requests per minute; null means the server default.</summary>
    public int? RateLimitPerMinute { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RotatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public string? LastUsedIp { get; set; }
}
