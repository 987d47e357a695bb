using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ApiKeys;

public static class CreateApiKey
{
    public const int MaxAllowedIps = 50;
    public const int MaxRateLimit = 100_000;

    /// <summary>A new API key; it acts for you, within these scopes.</summary>
    /// <param name="Scopes">Catalogue permissions the key may use; each must be one you hold.</param>
    /// <param name="ExpiresAt">Optional; after it the key is refused.</param>
    /// <param name="AllowedIps">Optional CIDR blocks or addresses the key may be used from.</param>
    /// <param name="RateLimitPerMinute">Optional; requests per minute (the server default otherwise).</param>
    public sealed record Request(
        string? Name, IReadOnlyList<string>? Scopes, DateTime? ExpiresAt = null, IReadOnlyList<string>? AllowedIps = null,
        int? RateLimitPerMinute = null);

    public static async Task<Results<Created<ApiKeySecretResponse>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, CurrentActor actor, IAuditLog audit, ApiKeyUsage usage, IOptions<ApiKeysOptions> options,
        TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var v = new Validator().Required("name", request.Name).MaxLength("name", request.Name, 100);
        if (request.Scopes is not { Count: > 0 }) v.Add("scopes", Messages.Get("required"));
        foreach (var scope in request.Scopes ?? [])
            if (!Permissions.IsKnown(scope)) v.Add("scopes", Messages.Get("permission.unknown", scope));
        if (request.ExpiresAt is { } expires && expires.ToUniversalTime() <= now) v.Add("expires_at", Messages.Get("apikey.expiry_past"));
        if (request.AllowedIps is { Count: > MaxAllowedIps }) v.Add("allowed_ips", Messages.Get("presence.too_many", MaxAllowedIps));
        foreach (var entry in request.AllowedIps ?? [])
            if (!IpAllowlist.IsValidEntry(entry)) v.Add("allowed_ips", Messages.Get("apikey.cidr", entry));
        if (request.RateLimitPerMinute is < 1 or > MaxRateLimit) v.Add("rate_limit_per_minute", Messages.Get("apikey.rate_range", MaxRateLimit));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        // A key never carries more than its creator holds.
        if (Hierarchy.CanGrant(actor, request.Scopes!) is { } denied) throw Hierarchy.Denied(denied);

        var publicId = ApiKeySecrets.NewPublicId();
        var secret = ApiKeySecrets.NewKey(publicId);
        var key = new ApiKey
        {
            Name = request.Name!.Trim(),
            PublicId = publicId,
            SecretHash = ApiKeySecrets.Hash(secret),
            Scopes = [.. request.Scopes!.Distinct()],
            AllowedIps = [.. (request.AllowedIps ?? []).Distinct()],
            RateLimitPerMinute = request.RateLimitPerMinute,
            ExpiresAt = request.ExpiresAt?.ToUniversalTime(),
            CreatedByUserId = actor.UserId!.Value,
            CreatedAt = now,
        };
        await db.WriteAsync(c =>
        {
            db.Set<ApiKey>().Add(key);
            audit.Record(new AuditRecord("apikey.created", "api_key", key.Id.ToString(), new
            {
                name = key.Name,
                prefix = ApiKeySecrets.DisplayPrefix(publicId),
                scopes = key.Scopes,
                expires_at = key.ExpiresAt,
                allowed_ips = key.AllowedIps,
                rate_limit_per_minute = key.RateLimitPerMinute,
            }));
            return Task.FromResult(0);
        }, ct);
        var response = ApiKeyResponse.Of(key, actor.Username, usage, options.Value.DefaultRateLimitPerMinute, now);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new ApiKeySecretResponse(secret, response));
    }
}
