using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Webhooks;

public static class RetryWebhookDelivery
{
    /// <summary>Sends a delivery again now (same <c>webhook-id</c>): a failed one gets a fresh schedule, a succeeded one is re-sent.</summary>
    public static async Task<Accepted<WebhookDeliveryResponse>> Handle(
        Guid id, Guid deliveryId, GatehouseDb db, IAuditLog audit, WebhookSignal signal, TimeProvider time, CancellationToken ct)
    {
        var delivery = await db.WriteAsync(async c =>
        {
            var d = await db.Set<WebhookDelivery>().FirstOrDefaultAsync(x => x.Id == deliveryId && x.WebhookId == id, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "delivery"));
            if (d.Status == DeliveryStatuses.Pending && d.Attempts == 0)
                throw new RuleViolation(409, "delivery-pending", Messages.Get("webhook.delivery_pending"));
            d.Status = DeliveryStatuses.Pending;
            d.Attempts = 0;
            d.NextAttemptAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord("webhook.delivery_retried", "webhook", id.ToString(), new { delivery_id = d.Id, event_id = d.EventId }));
            return d;
        }, ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", WebhookDeliveryResponse.Of(delivery));
    }
}
