using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Turns each committed event into one durable delivery per matching webhook, idempotently
/// (unique per webhook and event: a redelivered event adds nothing). A member's
/// <c>status.changed</c> events within the coalescing window share one pending delivery that
/// carries the latest status.
/// </summary>
public sealed class WebhookFanout(IServiceScopeFactory scopes, WebhookSignal signal, IOptions<WebhooksOptions> options, TimeProvider time)
    : IDomainEventSubscriber
{
    public string Name => "webhooks";

    public bool OncePerCluster => true;

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        try
        {
            await FanOutAsync(evt, ct);
        }
        catch (DbUpdateException)
        {
            // A webhook deleted meanwhile (foreign key) or a replay that queued the same event
            // (unique key): the second pass sees the current webhooks and deliveries.
            await FanOutAsync(evt, ct);
        }
    }

    private async Task FanOutAsync(DomainEvent evt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var hooks = (await db.Set<Webhook>().AsNoTracking().Where(w => w.Enabled).ToListAsync(ct))
            .Where(w => w.EventTypes.Contains(evt.Type)).ToList();
        if (hooks.Count == 0) return;
        var memberRoles = await MemberRolesAsync(db, evt, hooks, ct);
        hooks = [.. hooks.Where(w => w.FilterRoleIds.Count == 0 || memberRoles is null || w.FilterRoleIds.Any(memberRoles.Contains))];
        if (hooks.Count == 0) return;

        var added = await db.WriteAsync(async c =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var ids = hooks.Select(h => h.Id).ToList();
            var seen = await db.Set<WebhookDelivery>().Where(d => d.EventId == evt.Id && ids.Contains(d.WebhookId)).Select(d => d.WebhookId).ToListAsync(c);
            var body = WebhookPayloads.Of(evt);
            var coalesced = WebhookEventTypes.IsCoalesced(evt.Type);
            var count = 0;
            foreach (var hook in hooks.Where(h => !seen.Contains(h.Id)))
            {
                if (coalesced && await db.Set<WebhookDelivery>().FirstOrDefaultAsync(d => d.WebhookId == hook.Id && d.Status == DeliveryStatuses.Pending
                        && d.Attempts == 0 && d.CoalesceKey == evt.AggregateId && d.EventType == evt.Type, c) is { } waiting)
                {
                    if (evt.AggregateVersion < waiting.AggregateVersion) continue;
                    waiting.EventId = evt.Id;
                    waiting.Body = body;
                    waiting.AggregateVersion = evt.AggregateVersion;
                    count++;
                    continue;
                }
                db.Set<WebhookDelivery>().Add(new WebhookDelivery
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
                });
                count++;
            }
            return count;
        }, ct);
        if (added > 0)
        {
            signal.Notify();
            signal.Queued(evt.Type);
        }
    }

    /// <summary>The roles of the member an event is about, when some webhook filters by role; null when the event is not about a member.</summary>
    private static async Task<HashSet<Guid>?> MemberRolesAsync(GatehouseDb db, DomainEvent evt, List<Webhook> hooks, CancellationToken ct)
    {
        if (!hooks.Any(h => h.FilterRoleIds.Count > 0) || !WebhookEventTypes.IsMemberEvent(evt.AggregateType)
            || !Guid.TryParse(evt.AggregateId, out var userId))
            return null;
        return [.. await db.Set<UserRole>().AsNoTracking().Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(ct)];
    }
}
