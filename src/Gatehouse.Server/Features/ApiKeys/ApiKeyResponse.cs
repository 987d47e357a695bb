namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>An API key as lists show it: never its secret.</summary>
/// <param name="Prefix">The recognisable start of the key (<c>gh_live_</c> + public id).</param>
/// <param name="Status"><c>active</c>, <c>expired</c> or <c>revoked</c>.</param>
/// <param name="PreviousValidUntil">After a rotation, until when the previous secret still works.</param>
public sealed record ApiKeyResponse(
    Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, IReadOnlyList<string> AllowedIps, int RateLimitPerMinute,
    Guid CreatedBy, string? CreatedByUsername, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RotatedAt, DateTime? PreviousValidUntil,
    DateTime? RevokedAt, DateTime? LastUsedAt, string? LastUsedIp, string Status)
{
    public static ApiKeyResponse Of(ApiKey k, string? createdByUsername, ApiKeyUsage usage, int defaultRateLimit, DateTime now)
    {
        var pending = usage.Pending(k.Id);
        var lastUsed = pending is not null && (k.LastUsedAt is null || pending.At > k.LastUsedAt) ? pending : null;
        return new(k.Id, k.Name, ApiKeySecrets.DisplayPrefix(k.PublicId), k.Scopes, k.AllowedIps, k.RateLimitPerMinute ?? defaultRateLimit,
            k.CreatedByUserId, createdByUsername, k.CreatedAt, k.ExpiresAt, k.RotatedAt, k.PreviousValidUntil > now ? k.PreviousValidUntil : null,
            k.RevokedAt, lastUsed?.At ?? k.LastUsedAt, lastUsed is null ? k.LastUsedIp : lastUsed.Ip,
            k.RevokedAt is not null ? "revoked" : k.ExpiresAt <= now ? "expired" : "active");
    }
}

/// <summary>A key just created or rotated: the only answer that ever carries the secret.</summary>
/// <param name="Key">The full secret key. Store it now: it is never shown again.</param>
public sealed record ApiKeySecretResponse(string Key, ApiKeyResponse ApiKey);
