using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// Incremental evaluation: a committed change to a member (profile, roles, tags, a sanction) queues that
/// member for the next pass, and a saved rule queues the rule. Once per cluster, like the passes themselves.
/// </summary>
public sealed class GroupEventWatcher(GroupSignal signal) : IDomainEventSubscriber
{
    public const string RuleChanged = "group_rule.changed";
    public const string RuleAggregate = "group_rule";

    public string Name => "groups.rules";

    public bool OncePerCluster => true;

    public ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (evt.AggregateType == RuleAggregate && Guid.TryParse(evt.AggregateId, out var rule)) signal.RuleChanged(rule);
        else if (evt.AggregateType == AggregateTypes.User && evt.Type != DomainEventTypes.UserDeleted && Guid.TryParse(evt.AggregateId, out var user))
            signal.MemberChanged(user);
        else if (evt.Type is DomainEventTypes.SanctionApplied or DomainEventTypes.SanctionLifted
            && evt.Payload.TryGetProperty("user_id", out var id) && id.TryGetGuid(out var sanctioned))
            signal.MemberChanged(sanctioned);
        return ValueTask.CompletedTask;
    }
}
