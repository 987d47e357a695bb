using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Webhooks;

public static class SendTestWebhook
{
    /// <summary>Queues a <c>webhook.test</c> event for this webhook only, ahead of its other deliveries.</summary>
    public static async Task<Accepted<WebhookDeliveryResponse>> Handle(
        Guid id, GatehouseDb db, IAuditLog audit, WebhookSignal signal, TimeProvider time, CancellationToken ct)
    {
        var delivery = await db.WriteAsync(async c =>
        {
            var hook = await WebhookRules.LoadAsync(db, id, c);
            if (!hook.Enabled) throw new RuleViolation(409, "webhook-disabled", Messages.Get("webhook.disabled"));
            var now = time.GetUtcNow().UtcDateTime;
            var eventId = Guid.CreateVersion7();
            var d = new WebhookDelivery
            {
                WebhookId = id,
                EventId = eventId,
                EventType = WebhookEventTypes.Test,
                Sequence = 0,
                TraceParent = TraceContext.Current,
                Body = WebhookPayloads.Test(eventId, id, now),
                CreatedAt = now,
                NextAttemptAt = now,
            };
            db.Set<WebhookDelivery>().Add(d);
            audit.Record(new AuditRecord("webhook.test_sent", "webhook", id.ToString(), new { delivery_id = d.Id }));
            return d;
        }, ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", WebhookDeliveryResponse.Of(delivery));
    }
}
