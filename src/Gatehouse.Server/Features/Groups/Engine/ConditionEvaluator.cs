using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>Tests one member against a condition tree. The same code serves previews and passes, so a preview is what a pass applies.</summary>
public static class ConditionEvaluator
{
    /// <param name="keeping">The member is in the rule's group already: thresholds with a keep level use it (hysteresis).</param>
    public static bool Matches(GroupCondition c, MemberFact m, GroupFacts f, bool keeping)
    {
        if (c.Conditions is { } children)
            return c.Op == "or" ? children.Any(x => Matches(x, m, f, keeping)) : children.All(x => Matches(x, m, f, keeping));
        return c.Type switch
        {
            ConditionTypes.ActiveMinutes => Minutes(f, c.WindowDays!.Value, m.Id) >= (keeping && c.KeepAtLeast is { } keep ? keep : c.AtLeast!.Value),
            ConditionTypes.Sanctions => Count(f, c.WindowDays!.Value, m.Id) is var n && (c.AtLeast is { } least ? n >= least : n <= c.AtMost!.Value),
            ConditionTypes.JoinedBefore => m.CreatedAt < Instant(c, f),
            ConditionTypes.JoinedAfter => m.CreatedAt > Instant(c, f),
            ConditionTypes.LastSeenBefore => m.LastSeenAt is not { } seen || seen < f.Now.AddDays(-c.Days!.Value),
            ConditionTypes.HasTag => m.Tags.Any(t => GroupPrefilter.SameTag(t, c.Tag!)),
            ConditionTypes.LacksTag => !m.Tags.Any(t => GroupPrefilter.SameTag(t, c.Tag!)),
            ConditionTypes.HasRole => m.RoleIds.Contains(Guid.Parse(c.Role!)),
            ConditionTypes.LacksRole => !m.RoleIds.Contains(Guid.Parse(c.Role!)),
            ConditionTypes.ClientVersion => f.Clients.TryGetValue(m.Id, out var client) && string.Equals(client.Version, c.Value, StringComparison.OrdinalIgnoreCase),
            ConditionTypes.InviteUsed => f.Invites.TryGetValue(m.Id, out var codes) && (c.Value is null || codes.Contains(c.Value, StringComparer.Ordinal)),
            ConditionTypes.Region => f.Clients.TryGetValue(m.Id, out var at) && string.Equals(at.Region, c.Value, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Does the answer of this tree change as time passes, with no event about the member?</summary>
    public static bool DependsOnTime(GroupCondition c) =>
        GroupFacts.Flatten(c).Any(t => t.Type is ConditionTypes.ActiveMinutes or ConditionTypes.Sanctions or ConditionTypes.LastSeenBefore
            || (t.Type is ConditionTypes.JoinedBefore or ConditionTypes.JoinedAfter && t.Days is not null));

    private static DateTime Instant(GroupCondition c, GroupFacts f) => GroupPrefilter.Instant(c, f.Now);

    private static double Minutes(GroupFacts f, int days, Guid id) => f.ActiveMinutes.TryGetValue(days, out var d) ? d.GetValueOrDefault(id) : 0;

    private static int Count(GroupFacts f, int days, Guid id) => f.Sanctions.TryGetValue(days, out var d) ? d.GetValueOrDefault(id) : 0;
}
