using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Events;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// The stream of a human-paced topic whose events every subscriber receives alike (alerts, groups,
/// scheduled reports): one SignalR group carries them. A feature derives one relay per topic and hands
/// each committed change to <see cref="Publish"/>; its topic's <c>SubscribeAsync</c> calls
/// <see cref="JoinAsync"/> before reading the snapshot. A subscription ends when its holder loses the
/// topic's permission (checked on every member or role event that may have changed it).
/// </summary>
/// <typeparam name="TChange">What one event of the topic carries.</typeparam>
public abstract class GroupTopicRelay<TChange> : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<GroupSubscription, byte> _subscriptions = new();
    private readonly IHubContext<LiveHub> _hub;
    private readonly IServiceScopeFactory _scopes;
    private readonly string _topic;
    private readonly string _permission;

    protected GroupTopicRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, string topic, string permission)
    {
        _hub = hub;
        _scopes = scopes;
        _topic = topic;
        _permission = permission;
    }

    /// <summary>The checkpoint name <c>live.&lt;topic&gt;</c>.</summary>
    public string Name => $"live.{_topic}";

    /// <summary>The SignalR group <c>live:&lt;topic&gt;</c>.</summary>
    public string Group => $"live:{_topic}";

    /// <summary>Sends one change to every subscriber (nothing to do when there is none).</summary>
    protected void Publish(TChange change)
    {
        if (_subscriptions.IsEmpty) return;
        _ = _hub.Clients.Group(Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<TChange>(_topic, [change]));
    }

    /// <summary>
    /// Adds the connection to the topic's group. Call it before reading the snapshot: a change in
    /// between then arrives after the snapshot, never lost.
    /// </summary>
    public async Task<GroupSubscription> JoinAsync(LiveSubscriber subscriber, CancellationToken ct)
    {
        await _hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        var subscription = new GroupSubscription(subscriber, _hub, _topic, Group);
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
        return subscription;
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty || evt.AggregateType is not (AggregateTypes.User or AggregateTypes.Role)) return;
        await using var scope = _scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.Subscriber.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.Subscriber.UserId, _permission, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
