using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// Who a rule would change now. An add rule gives its role or tag to matching members who lack it and
/// takes it back only from members it gave it to (its group) once they stop matching, with the keep
/// thresholds; a hand-given role is never taken. A remove rule takes it from matching members.
/// In dry run the group is simulated: members it "gave" count as holding.
/// </summary>
/// <param name="Forget">Members of the group who no longer hold the role or tag (someone took it by hand): dropped from the group silently.</param>
public sealed record RulePlan(IReadOnlyList<MemberFact> Gain, IReadOnlyList<MemberFact> Lose, IReadOnlyList<Guid> Forget)
{
    public static RulePlan Of(GroupRule rule, GroupCondition condition, GroupFacts facts, IReadOnlySet<Guid> group)
    {
        var gain = new List<MemberFact>();
        var lose = new List<MemberFact>();
        var forget = new List<Guid>();
        foreach (var m in facts.Members)
        {
            var inGroup = group.Contains(m.Id);
            var holds = Holds(rule, m) || (rule.DryRun && inGroup);
            if (rule.Action == GroupActions.Remove)
            {
                if (holds && ConditionEvaluator.Matches(condition, m, facts, keeping: false)) lose.Add(m);
                continue;
            }
            if (inGroup && !holds)
            {
                forget.Add(m.Id);
                inGroup = false;
            }
            var matches = ConditionEvaluator.Matches(condition, m, facts, keeping: inGroup);
            if (matches && !holds) gain.Add(m);
            else if (!matches && inGroup) lose.Add(m);
        }
        return new RulePlan(gain, lose, forget);
    }

    private static bool Holds(GroupRule rule, MemberFact m) =>
        rule.RoleId is { } roleId ? m.RoleIds.Contains(roleId) : m.Tags.Contains(rule.Tag!, StringComparer.Ordinal);
}
