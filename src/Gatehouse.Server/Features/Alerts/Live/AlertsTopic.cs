using Gatehouse.Server.Features.Alerts.Engine;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
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
public sealed class AlertsRelay : PermissionWatchedRelay
{
    private readonly IHubContext<LiveHub> _hub;

    public AlertsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, AlertsLiveFeed feed)
        : base(scopes, Permissions.AlertsManage)
    {
        _hub = hub;
        feed.Changed += change =>
        {
            if (HasSubscribers)
                _ = _hub.Clients.Group(AlertsTopic.Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<AlertStateChange>(AlertsTopic.TopicName, [change]));
        };
    }

    public override string Name => "live.alerts";

    public GroupSubscription Attach(LiveSubscriber subscriber) => Track(new GroupSubscription(subscriber, _hub, AlertsTopic.TopicName, AlertsTopic.Group));
}
