using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// The part of a condition the member store can test in SQL, loosened so it never leaves out a member the
/// full test would match: live tests (minutes online, sanctions, client, invites) count as "maybe" (true),
/// so an AND keeps its member-field tests and an OR with a live test reads everyone. The engine then runs
/// the full test on what was read: the answer is the same as reading everyone, for a fraction of the rows.
/// </summary>
public static class GroupPrefilter
{
    /// <returns>Null when every member may match (read everyone).</returns>
    public static MemberCondition? Of(GroupCondition c, DateTime now)
    {
        if (c.Conditions is { } children)
        {
            var parts = children.Select(x => Of(x, now)).ToList();
            var known = parts.OfType<MemberCondition>().ToList();
            if (c.Op == "or") return known.Count < parts.Count ? null : new MemberCondition.AnyOf(known);
            return known.Count == 0 ? null : new MemberCondition.AllOf(known);
        }
        return c.Type switch
        {
            // The full test folds ASCII case only; SQL lower() folds at least that, so for an ASCII tag it reads a superset.
            // A lacks test is left to the full test: PostgreSQL's lower() folds more than ASCII, and NOT would turn a superset into less.
            ConditionTypes.HasTag when c.Tag!.All(char.IsAscii) => new MemberCondition.Tag(c.Tag!, Has: true),
            ConditionTypes.HasRole => new MemberCondition.Role(Guid.Parse(c.Role!), Has: true),
            ConditionTypes.LacksRole => new MemberCondition.Role(Guid.Parse(c.Role!), Has: false),
            ConditionTypes.JoinedBefore => new MemberCondition.Joined(Instant(c, now), Before: true),
            ConditionTypes.JoinedAfter => new MemberCondition.Joined(Instant(c, now), Before: false),
            ConditionTypes.LastSeenBefore => new MemberCondition.LastSeenBefore(now.AddDays(-c.Days!.Value)),
            _ => null,
        };
    }

    /// <summary>Members any of the rules may concern (null: everyone).</summary>
    public static MemberCondition? AnyOf(IEnumerable<GroupCondition> conditions, DateTime now)
    {
        var parts = conditions.Select(c => Of(c, now)).ToList();
        var known = parts.OfType<MemberCondition>().ToList();
        return parts.Count == 0 || known.Count < parts.Count ? null : new MemberCondition.AnyOf(known);
    }

    /// <summary>The same instant the full test uses (see <see cref="ConditionEvaluator"/>).</summary>
    public static DateTime Instant(GroupCondition c, DateTime now) => c.Date is { } date ? date.ToUniversalTime() : now.AddDays(-c.Days!.Value);

    /// <summary>Tag equality of the full test: ASCII letters ignore case, every other character must be the same.</summary>
    public static bool SameTag(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
        return true;
    }

    private static char AsciiLower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
