using System.Collections.Concurrent;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Analytics.Live;

/// <summary>Ends <c>analytics</c> subscriptions whose holder lost analytics.read (a member's or a role's change, from the outbox).</summary>
public sealed class AnalyticsAccessWatch(IServiceScopeFactory scopes) : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<AnalyticsSubscription, byte> _subscriptions = new();

    public string Name => "live.analytics";

    public void Attach(AnalyticsSubscription subscription)
    {
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty || evt.AggregateType is not (AggregateTypes.User or AggregateTypes.Role)) return;
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.Subscriber.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.Subscriber.UserId, Permissions.AnalyticsRead, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
