using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Turns committed events into one durable delivery per matching webhook, idempotently (unique
/// per webhook and event: a redelivered event adds nothing). A member's <c>status.changed</c>
/// events within the coalescing window share one pending delivery that carries the latest status.
/// The dispatcher hands a burst of events in one call and they are queued in one transaction:
/// one fsync'd commit per event was what capped deliveries at a few dozen a second.
/// </summary>
public sealed class WebhookFanout(IServiceScopeFactory scopes, WebhookSignal signal, IOptions<WebhooksOptions> options, TimeProvider time)
    : IDomainEventBatchSubscriber
{
    public string Name => "webhooks";

    public bool OncePerCluster => true;

    public ValueTask HandleAsync(DomainEvent evt, CancellationToken ct) => HandleBatchAsync([evt], ct);

    public async ValueTask HandleBatchAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct)
    {
        try
        {
            await FanOutAsync(events, ct);
        }
        catch (DbUpdateException)
        {
            // A webhook deleted meanwhile (foreign key) or a replay that queued the same event
            // (unique key): the second pass sees the current webhooks and deliveries.
            await FanOutAsync(events, ct);
        }
    }

    private async Task FanOutAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var enabled = await db.Set<Webhook>().AsNoTracking().Where(w => w.Enabled).ToListAsync(ct);
        var targets = new List<(DomainEvent Event, List<Webhook> Hooks)>();
        foreach (var evt in events)
        {
            var hooks = enabled.Where(w => w.EventTypes.Contains(evt.Type)).ToList();
            if (hooks.Count == 0) continue;
            var memberRoles = await MemberRolesAsync(db, evt, hooks, ct);
            hooks = [.. hooks.Where(w => w.FilterRoleIds.Count == 0 || memberRoles is null || w.FilterRoleIds.Any(memberRoles.Contains))];
            if (hooks.Count > 0) targets.Add((evt, hooks));
        }
        if (targets.Count == 0) return;

        var queued = await db.WriteAsync(c => QueueAsync(db, targets, c), ct);
        if (queued.Count == 0) return;
        signal.Notify();
        foreach (var type in queued) signal.Queued(type);
    }

    /// <summary>Adds (or folds into a waiting coalesced delivery) one delivery per event and webhook; returns the event type of each.</summary>
    private async Task<List<string>> QueueAsync(GatehouseDb db, List<(DomainEvent Event, List<Webhook> Hooks)> targets, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var eventIds = targets.Select(t => t.Event.Id).ToList();
        var seen = (await db.Set<WebhookDelivery>().Where(d => eventIds.Contains(d.EventId))
            .Select(d => new { d.EventId, d.WebhookId }).ToListAsync(ct))
            .Select(d => (d.EventId, d.WebhookId)).ToHashSet();
        // Waiting coalesced deliveries, whether already stored or added earlier in this batch.
        var waiting = new Dictionary<(Guid Hook, string? Key, string Type), WebhookDelivery>();
        var queued = new List<string>();
        foreach (var (evt, hooks) in targets)
        {
            var body = WebhookPayloads.Of(evt);
            var coalesced = WebhookEventTypes.IsCoalesced(evt.Type);
            foreach (var hook in hooks.Where(h => !seen.Contains((evt.Id, h.Id))))
            {
                var key = (hook.Id, (string?)evt.AggregateId, evt.Type);
                if (coalesced && (waiting.GetValueOrDefault(key) ?? await WaitingAsync(db, key, ct)) is { } pending)
                {
                    waiting[key] = pending;
                    if (evt.AggregateVersion < pending.AggregateVersion) continue;
                    pending.EventId = evt.Id;
                    pending.Body = body;
                    pending.AggregateVersion = evt.AggregateVersion;
                    queued.Add(evt.Type);
                    continue;
                }
                var delivery = new WebhookDelivery
                {
                    WebhookId = hook.Id,
                    EventId = evt.Id,
                    EventType = evt.Type,
                    Sequence = evt.Sequence,
                    CoalesceKey = coalesced ? evt.AggregateId : null,
                    AggregateVersion = evt.AggregateVersion,
                    Body = body,
                    CreatedAt = now,
                    NextAttemptAt = coalesced ? now + options.Value.CoalesceWindow : now,
                };
                db.Set<WebhookDelivery>().Add(delivery);
                if (coalesced) waiting[key] = delivery;
                queued.Add(evt.Type);
            }
        }
        return queued;
    }

    private static Task<WebhookDelivery?> WaitingAsync(GatehouseDb db, (Guid Hook, string? Key, string Type) key, CancellationToken ct) =>
        db.Set<WebhookDelivery>().FirstOrDefaultAsync(d => d.WebhookId == key.Hook && d.Status == DeliveryStatuses.Pending
            && d.Attempts == 0 && d.CoalesceKey == key.Key && d.EventType == key.Type, ct);

    /// <summary>The roles of the member an event is about, when some webhook filters by role; null when the event is not about a member.</summary>
    private static async Task<HashSet<Guid>?> MemberRolesAsync(GatehouseDb db, DomainEvent evt, List<Webhook> hooks, CancellationToken ct)
    {
        if (!hooks.Any(h => h.FilterRoleIds.Count > 0) || !WebhookEventTypes.IsMemberEvent(evt.AggregateType)
            || !Guid.TryParse(evt.AggregateId, out var userId))
            return null;
        return await RoleHolders.RoleIdsOfAsync(db, userId, ct);
    }
}
