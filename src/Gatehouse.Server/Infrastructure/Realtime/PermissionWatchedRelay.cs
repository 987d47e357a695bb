using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// The subscriptions of one group-based topic, ended with <c>forbidden</c> as soon as a change to the
/// holder's account or to any role takes the topic's permission away (a role edit can take it from
/// many members at once, so every holder is checked again then).
/// </summary>
public abstract class PermissionWatchedRelay(IServiceScopeFactory scopes, string permission) : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<GroupSubscription, byte> _subscriptions = new();

    public abstract string Name { get; }

    protected bool HasSubscribers => !_subscriptions.IsEmpty;

    /// <summary>Follows <paramref name="subscription"/> until it ends, whoever ends it.</summary>
    protected GroupSubscription Track(GroupSubscription subscription)
    {
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
        return subscription;
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty || evt.AggregateType is not (AggregateTypes.User or AggregateTypes.Role)) return;
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.Subscriber.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.Subscriber.UserId, permission, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
