using System.Collections.Concurrent;
using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Live;

/// <summary>The <c>alerts</c> topic takes no filter: every rule's state is shown.</summary>
public sealed record AlertsFilter;

/// <summary>One rule's state in the snapshot.</summary>
public sealed record AlertRuleState(Guid RuleId, string State, DateTime StateSince);

/// <summary>What <c>subscribe("alerts")</c> answers: every rule's state now; <see cref="AlertStateChange"/> events follow.</summary>
public sealed record AlertsSnapshot(string Topic, IReadOnlyList<AlertRuleState> Rules);

/// <summary>
/// <c>subscribe("alerts")</c> (alerts.manage): each rule's state changes (pending, firing, resolved,
/// back to normal) as the engine commits them. Human-paced, so one SignalR group carries them.
/// </summary>
public sealed class AlertsTopic(IHubContext<LiveHub> hub, AlertsRelay relay, GatehouseDb db) : ILiveTopic
{
    public const string TopicName = "alerts";
    public const string Group = "live:alerts";

    public string Name => TopicName;

    public string Permission => Permissions.AlertsManage;

    public Type FilterType => typeof(AlertsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        // Joined before the states are read: a change in between arrives after the snapshot, never lost.
        await hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        var subscription = relay.Attach(subscriber);
        var rules = await db.Set<AlertRule>().AsNoTracking().Select(r => new AlertRuleState(r.Id, r.State, r.StateSince)).ToListAsync(ct);
        return new LiveTopicSubscription(new AlertsSnapshot(TopicName, rules), subscription);
    }
}

/// <summary>Pushes the engine's state changes to the group, and ends subscriptions whose holder lost alerts.manage.</summary>
public sealed class AlertsRelay : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<GroupSubscription, byte> _subscriptions = new();
    private readonly IHubContext<LiveHub> _hub;
    private readonly IServiceScopeFactory _scopes;

    public AlertsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, AlertsLiveFeed feed)
    {
        _hub = hub;
        _scopes = scopes;
        feed.Changed += change =>
        {
            if (!_subscriptions.IsEmpty)
                _ = _hub.Clients.Group(AlertsTopic.Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<AlertStateChange>(AlertsTopic.TopicName, [change]));
        };
    }

    public string Name => "live.alerts";

    public GroupSubscription Attach(LiveSubscriber subscriber)
    {
        var subscription = new GroupSubscription(subscriber, _hub, AlertsTopic.TopicName, AlertsTopic.Group);
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
            if (!await access.MayAsync(subscription.Subscriber.UserId, Permissions.AlertsManage, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
