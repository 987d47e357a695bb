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
public sealed class AlertsTopic(AlertsRelay relay, GatehouseDb db) : ILiveTopic
{
    public const string TopicName = "alerts";

    public string Name => TopicName;

    public string Permission => Permissions.AlertsManage;

    public Type FilterType => typeof(AlertsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        var subscription = await relay.JoinAsync(subscriber, ct);
        var rules = await db.Set<AlertRule>().AsNoTracking().Select(r => new AlertRuleState(r.Id, r.State, r.StateSince)).ToListAsync(ct);
        return new LiveTopicSubscription(new AlertsSnapshot(TopicName, rules), subscription);
    }
}

/// <summary>Pushes the engine's state changes to the topic, and ends subscriptions whose holder lost alerts.manage.</summary>
public sealed class AlertsRelay : GroupTopicRelay<AlertStateChange>
{
    public AlertsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, AlertsLiveFeed feed)
        : base(hub, scopes, AlertsTopic.TopicName, Permissions.AlertsManage) => feed.Changed += Publish;
}
