using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ApiKeys;

public static class RotateApiKey
{
    public const int MaxGraceSeconds = 30 * 24 * 3600;

    /// <summary>Issue a new secret; the previous one keeps working for the grace period.</summary>
    /// <param name="GracePeriodSeconds">How long the previous secret stays valid: 0 ends it now; default 24 hours.</param>
    public sealed record Request(int? GracePeriodSeconds = null);

    public static async Task<Results<Ok<ApiKeySecretResponse>, ValidationProblem>> Handle(
        Guid id, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit, ApiKeyUsage usage,
        IOptions<ApiKeysOptions> options, TimeProvider time, CancellationToken ct)
    {
        var request = await OptionalBody.ReadAsync<Request>(http) ?? new Request();
        if (request.GracePeriodSeconds is < 0 or > MaxGraceSeconds)
            return Problems.Validation(new Validator().Add("grace_period_seconds", Messages.Get("apikey.grace_range", MaxGraceSeconds)).Errors);
        var grace = request.GracePeriodSeconds is { } s ? TimeSpan.FromSeconds(s) : options.Value.DefaultRotationGrace;
        var now = time.GetUtcNow().UtcDateTime;

        string secret = "";
        var key = await db.WriteAsync(async c =>
        {
            var k = await ApiKeyRules.LoadForWriteAsync(db, id, c);
            if (k.RevokedAt is not null) throw new RuleViolation(409, "api-key-revoked", Messages.Get("apikey.revoked"));
            await ApiKeyRules.EnsureMayTakeOverAsync(access, actor, k, c);
            secret = ApiKeySecrets.NewKey(k.PublicId);
            k.PreviousSecretHash = grace > TimeSpan.Zero ? k.SecretHash : null;
            k.PreviousValidUntil = grace > TimeSpan.Zero ? now + grace : null;
            k.SecretHash = ApiKeySecrets.Hash(secret);
            k.RotatedAt = now;
            audit.Record(new AuditRecord("apikey.rotated", "api_key", k.Id.ToString(), new { grace_period_seconds = (int)grace.TotalSeconds }));
            return k;
        }, ct);
        var creator = key.CreatedByUserId == actor.UserId ? actor.Username : (await access.ForUserAsync(key.CreatedByUserId, ct))?.User.Username;
        return TypedResults.Ok(new ApiKeySecretResponse(secret, ApiKeyResponse.Of(key, creator, usage, options.Value.DefaultRateLimitPerMinute, now)));
    }
}
