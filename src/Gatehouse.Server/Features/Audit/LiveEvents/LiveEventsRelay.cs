using System.Collections.Concurrent;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>
/// The outbox subscriber behind the <c>events</c> topic: hands each committed event to the
/// subscriptions whose filter matches, and re-checks audit.read when a member's or the roles'
/// access changed. It never waits on a client: each subscription has its own bounded queue.
/// </summary>
public sealed class LiveEventsRelay(IServiceScopeFactory scopes) : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<LiveEventsSubscription, byte> _subscriptions = new();
    private long _position;

    public string Name => "live.events";

    /// <summary>The sequence of the last event handed out.</summary>
    public long Position => Interlocked.Read(ref _position);

    /// <summary>Queues matching events for the sink from now on; the caller starts the subscription.</summary>
    public LiveEventsSubscription Attach(IEventsSink sink, EventsFilter filter)
    {
        var subscription = new LiveEventsSubscription(sink, filter);
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
        return subscription;
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty)
        {
            Interlocked.Exchange(ref _position, evt.Sequence);
            return;
        }
        if (evt.AggregateType is AggregateTypes.User or AggregateTypes.Role) await RecheckAccessAsync(evt, ct);
        foreach (var subscription in _subscriptions.Keys)
            if (subscription.Filter.Matches(evt)) await subscription.OfferAsync(evt);
        Interlocked.Exchange(ref _position, evt.Sequence);
    }

    private async Task RecheckAccessAsync(DomainEvent evt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.UserId, Permissions.AuditRead, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
