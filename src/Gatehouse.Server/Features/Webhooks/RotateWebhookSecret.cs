using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

public static class RotateWebhookSecret
{
    public const int MaxOverlapSeconds = 7 * 24 * 3600;

    /// <summary>A new signing secret; during the overlap every delivery carries both signatures.</summary>
    /// <param name="OverlapSeconds">How long the previous secret keeps signing: 0 stops it now; default 24 hours.</param>
    public sealed record Request(int? OverlapSeconds = null);

    public static async Task<Results<Ok<WebhookSecretResponse>, ValidationProblem>> Handle(
        Guid id, HttpContext http, GatehouseDb db, IAuditLog audit, WebhookSecrets secrets, IOptions<WebhooksOptions> options,
        TimeProvider time, CancellationToken ct)
    {
        var request = await OptionalBody.ReadAsync<Request>(http) ?? new Request();
        if (request.OverlapSeconds is < 0 or > MaxOverlapSeconds)
            return Problems.Validation(new Validator().Add("overlap_seconds", Messages.Get("webhook.overlap", MaxOverlapSeconds)).Errors);
        var overlap = request.OverlapSeconds is { } s ? TimeSpan.FromSeconds(s) : options.Value.DefaultSecretOverlap;
        var now = time.GetUtcNow().UtcDateTime;
        var secret = WebhookSecrets.NewSecret();
        var hook = await db.WriteAsync(async c =>
        {
            var w = await WebhookRules.LoadAsync(db, id, c);
            w.PreviousSecretProtected = overlap > TimeSpan.Zero ? w.SecretProtected : null;
            w.PreviousSecretValidUntil = overlap > TimeSpan.Zero ? now + overlap : null;
            w.SecretProtected = secrets.Protect(secret);
            w.Version++;
            w.UpdatedAt = now;
            audit.Record(new AuditRecord("webhook.secret_rotated", "webhook", w.Id.ToString(), new { overlap_seconds = (int)overlap.TotalSeconds }));
            return w;
        }, ct);
        var health = await WebhookResponse.HealthAsync(db, [hook], now, ct);
        Preconditions.SetETag(http, hook.Version);
        return TypedResults.Ok(new WebhookSecretResponse(secret, WebhookResponse.Of(hook, health[id], options.Value.DefaultMaxPerSecond, now)));
    }
}
