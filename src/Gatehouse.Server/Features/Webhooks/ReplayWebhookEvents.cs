using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Webhooks;

public static class ReplayWebhookEvents
{
    /// <summary>Replays the retained events since a time.</summary>
    /// <param name="Since">Events committed at or after this time are sent again.</param>
    public sealed record Request(DateTime? Since);

    /// <summary>How many deliveries the replay queued.</summary>
    public sealed record Response(int Queued);

    /// <summary>
    /// Every retained event since the time that this webhook subscribes to is queued again, in commit
    /// order and with its original <c>webhook-id</c>: missed ones (while disabled, before it existed)
    /// get a delivery, failed or delivered ones are re-sent.
    /// </summary>
    public static async Task<Results<Accepted<Response>, ValidationProblem>> Handle(
        Guid id, Request request, GatehouseDb db, IAuditLog audit, WebhookSignal signal, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (request.Since is not { } since || since.ToUniversalTime() > now)
            return Problems.Validation(new Validator().Add("since", Messages.Get("webhook.since")).Errors);
        var from = since.ToUniversalTime();
        var queued = await db.WriteAsync(async c =>
        {
            var hook = await WebhookRules.LoadAsync(db, id, c);
            if (!hook.Enabled) throw new RuleViolation(409, "webhook-disabled", Messages.Get("webhook.disabled"));
            var events = await db.Set<OutboxMessage>().AsNoTracking()
                .Where(m => m.OccurredAt >= from && m.Sequence > 0 && hook.EventTypes.Contains(m.Type))
                .OrderBy(m => m.Sequence).ToListAsync(c);
            var ids = events.Select(e => e.Id).ToList();
            var existing = await db.Set<WebhookDelivery>().Where(d => d.WebhookId == id && ids.Contains(d.EventId)).ToDictionaryAsync(d => d.EventId, c);
            foreach (var message in events)
            {
                if (existing.TryGetValue(message.Id, out var d))
                {
                    d.Status = DeliveryStatuses.Pending;
                    d.Attempts = 0;
                    d.NextAttemptAt = now;
                    d.TraceParent = TraceContext.Current;
                    continue;
                }
                var evt = message.ToEvent();
                db.Set<WebhookDelivery>().Add(new WebhookDelivery
                {
                    WebhookId = id,
                    EventId = evt.Id,
                    EventType = evt.Type,
                    Sequence = evt.Sequence,
                    AggregateVersion = evt.AggregateVersion,
                    // The replay request's trace: it is what caused this send.
                    TraceParent = TraceContext.Current,
                    Body = WebhookPayloads.Of(evt),
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
            audit.Record(new AuditRecord("webhook.replayed", "webhook", id.ToString(), new { since = from, queued = events.Count }));
            return events.Count;
        }, ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", new Response(queued));
    }
}
