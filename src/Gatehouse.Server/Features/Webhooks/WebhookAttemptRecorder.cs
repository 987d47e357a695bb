using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Commits the outcomes of a webhook's attempts, in the order they were made, in one write
/// transaction: delivery states, the retry schedule, the webhook's health and its automatic
/// disabling after failing for <see cref="WebhooksOptions.DisableAfter"/>.
/// </summary>
public sealed class WebhookAttemptRecorder(
    IServiceScopeFactory scopes, WebhookSignal signal, IOptions<WebhooksOptions> options, TimeProvider time, ILogger<WebhookAttemptRecorder> logger)
{
    public sealed record Sent(Guid DeliveryId, SignedWebhookResult Attempt);

    /// <summary>False when the webhook is gone or was disabled by these outcomes.</summary>
    public async Task<bool> RecordAsync(Guid webhookId, IReadOnlyList<Sent> attempts, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var ids = attempts.Select(a => a.DeliveryId).ToList();
        var active = await db.WriteAsync(async c =>
        {
            var w = await db.Set<Webhook>().FirstOrDefaultAsync(x => x.Id == webhookId, c);
            if (w is null) return false; // deleted while sending (its deliveries went with it)
            var deliveries = await db.Set<WebhookDelivery>().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, c);
            var now = time.GetUtcNow().UtcDateTime;
            foreach (var (id, attempt) in attempts)
                if (deliveries.GetValueOrDefault(id) is { } d) Apply(w, d, attempt, now, audit);
            return w.Enabled;
        }, ct);
        foreach (var id in ids) signal.Recorded(id);
        return active;
    }

    private void Apply(Webhook w, WebhookDelivery d, SignedWebhookResult attempt, DateTime now, IAuditLog audit)
    {
        var o = options.Value;
        d.Attempts++;
        d.LastAttemptAt = now;
        d.ResponseStatus = attempt.Status;
        d.ResponseBody = attempt.ResponseBody;
        d.DurationMs = attempt.DurationMs;
        d.Error = attempt.Error is { Length: > 1000 } tooLong ? tooLong[..1000] : attempt.Error;
        d.RequestHeaders = attempt.RequestHeaders;
        w.LastDeliveryAt = now;
        w.LastResponseStatus = attempt.Status;
        if (attempt.Succeeded)
        {
            d.Status = DeliveryStatuses.Succeeded;
            d.NextAttemptAt = null;
            w.FailingSince = null;
            return;
        }
        d.NextAttemptAt = WebhookRetries.NextAttempt(o, d.Attempts, now, attempt.RetryAfter, Random.Shared);
        if (d.NextAttemptAt is null) d.Status = DeliveryStatuses.Failed;
        w.FailingSince ??= now;
        if (!w.Enabled || now - w.FailingSince < o.DisableAfter) return;
        w.Enabled = false;
        w.DisabledAt = now;
        w.DisabledReason = $"Failing without a success since {w.FailingSince:u} ({d.Error})";
        w.Version++;
        audit.Record(new AuditRecord("webhook.auto_disabled", "webhook", w.Id.ToString(), new
        {
            url = w.Url,
            failing_since = w.FailingSince,
            last_error = d.Error,
            last_status = d.ResponseStatus,
        }, AuditResults.Fail));
        logger.LogWarning("Webhook {WebhookId} disabled after failing since {Since}", w.Id, w.FailingSince);
    }
}
