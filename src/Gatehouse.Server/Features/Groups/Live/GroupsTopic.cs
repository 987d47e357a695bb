using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Live;

/// <summary>The <c>groups</c> topic takes no filter: every rule is shown.</summary>
public sealed record GroupsFilter;

/// <summary>What <c>subscribe("groups")</c> answers: the rules' versions now; <see cref="GroupRulePass"/> events follow.</summary>
public sealed record GroupsSnapshot(string Topic, IReadOnlyList<GroupRuleVersion> Rules);

public sealed record GroupRuleVersion(Guid RuleId, int Version, DateTime? LastEvaluatedAt);

/// <summary>
/// <c>subscribe("groups")</c> (groups.manage): a pass that changed members (or a rule just saved and applied)
/// is pushed as it commits, so the Rules page moves live. Human-paced, so one SignalR group carries it.
/// </summary>
public sealed class GroupsTopic(IHubContext<LiveHub> hub, GroupsRelay relay, GatehouseDb db) : ILiveTopic
{
    public const string TopicName = "groups";
    public const string Group = "live:groups";

    public string Name => TopicName;

    public string Permission => Permissions.GroupsManage;

    public Type FilterType => typeof(GroupsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        // Joined before the rules are read: a pass in between arrives after the snapshot, never lost.
        await hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        var subscription = relay.Attach(subscriber);
        var rules = await db.Set<GroupRule>().AsNoTracking().OrderBy(r => r.Id).Select(r => new GroupRuleVersion(r.Id, r.Version, r.LastEvaluatedAt)).ToListAsync(ct);
        return new LiveTopicSubscription(new GroupsSnapshot(TopicName, rules), subscription);
    }
}

/// <summary>Pushes committed passes to the group, and ends subscriptions whose holder lost groups.manage.</summary>
public sealed class GroupsRelay : PermissionWatchedRelay
{
    private readonly IHubContext<LiveHub> _hub;

    public GroupsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, GroupsLiveFeed feed)
        : base(scopes, Permissions.GroupsManage)
    {
        _hub = hub;
        feed.Passed += pass =>
        {
            // Passes that changed nothing after an event are noise; a rule just saved is always shown (its count may be 0).
            if (!HasSubscribers || (pass.Added == 0 && pass.Removed == 0 && pass.Trigger != "saved")) return;
            _ = _hub.Clients.Group(GroupsTopic.Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<GroupRulePass>(GroupsTopic.TopicName, [pass]));
        };
    }

    public override string Name => "live.groups";

    public GroupSubscription Attach(LiveSubscriber subscriber) => Track(new GroupSubscription(subscriber, _hub, GroupsTopic.TopicName, GroupsTopic.Group));
}
