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
public sealed class GroupsTopic(GroupsRelay relay, GatehouseDb db) : ILiveTopic
{
    public const string TopicName = "groups";

    public string Name => TopicName;

    public string Permission => Permissions.GroupsManage;

    public Type FilterType => typeof(GroupsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        var subscription = await relay.JoinAsync(subscriber, ct);
        var rules = await db.Set<GroupRule>().AsNoTracking().OrderBy(r => r.Id).Select(r => new GroupRuleVersion(r.Id, r.Version, r.LastEvaluatedAt)).ToListAsync(ct);
        return new LiveTopicSubscription(new GroupsSnapshot(TopicName, rules), subscription);
    }
}

/// <summary>Pushes committed passes to the topic, and ends subscriptions whose holder lost groups.manage.</summary>
public sealed class GroupsRelay : GroupTopicRelay<GroupRulePass>
{
    public GroupsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, GroupsLiveFeed feed)
        : base(hub, scopes, GroupsTopic.TopicName, Permissions.GroupsManage) =>
        feed.Passed += pass =>
        {
            // Passes that changed nothing after an event are noise; a rule just saved is always shown (its count may be 0).
            if (pass.Added != 0 || pass.Removed != 0 || pass.Trigger == "saved") Publish(pass);
        };
}
