using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Rules;

/// <summary>Checks a rule as written and resolves its role references to ids.</summary>
public static class GroupRuleRules
{
    public const int MaxNodes = 20;
    public const int MaxDepth = 3;
    public const int MaxWindowDays = 90;
    public const double MaxMinutes = MaxWindowDays * 24 * 60;

    /// <summary>The checked rule, with role references replaced by ids.</summary>
    public sealed record Checked(string Action, Guid? RoleId, string? Tag, GroupCondition Condition);

    /// <summary>Checks the rule and the actor's right to manage its role; null when something is wrong (errors in <paramref name="v"/>).</summary>
    public static Checked? Check(Validator v, string? name, GroupCondition? condition, string? action, string? role, string? tag, RoleDirectory roles,
        CurrentActor actor, bool nameRequired = true)
    {
        if (nameRequired) v.Required("name", name);
        v.MaxLength("name", name, 100);
        var act = action ?? GroupActions.Add;
        if (act is not (GroupActions.Add or GroupActions.Remove)) v.Add("action", GroupText.Get("action.unknown"));
        if ((role is null) == (tag is null)) v.Add(role is null ? "role" : "tag", GroupText.Get("target.one"));
        if (tag is not null) v.Tags("tag", [tag]);
        RoleGrant? target = null;
        if (role is not null)
        {
            target = roles.Resolve(role);
            if (target is null) v.Add("role", GroupText.Get("role.unknown", role));
            else if (Hierarchy.GrantsAdministrator(target.Allow)) throw new RuleViolation(403, "hierarchy", GroupText.Get("role.administrator"));
            else if (!actor.IsOwner && (target.Priority >= actor.Rank || Hierarchy.CanGrant(actor, target.Allow) is not null))
                throw Hierarchy.Denied(Hierarchy.CanGrant(actor, target.Allow) ?? Messages.Get("hierarchy.role", target.Name));
        }
        if (condition is null)
        {
            v.Add("condition", GroupText.Get("condition.required"));
            return null;
        }
        var nodes = 0;
        var resolved = CheckNode(v, "condition", condition, roles, act, 1, ref nodes);
        if (nodes > MaxNodes) v.Add("condition", GroupText.Get("condition.size", MaxNodes));
        return v.IsValid ? new Checked(act, target?.Id, tag, resolved) : null;
    }

    private static GroupCondition CheckNode(Validator v, string at, GroupCondition c, RoleDirectory roles, string action, int depth, ref int nodes)
    {
        nodes++;
        if (depth > MaxDepth)
        {
            v.Add(at, GroupText.Get("condition.depth", MaxDepth));
            return c;
        }
        if (c.Op is not null || c.Conditions is not null)
        {
            if (c.Type is not null) v.Add(at, GroupText.Get("condition.both"));
            if (c.Op is not ("and" or "or") || c.Conditions is null || c.Conditions.Count is 0 or > MaxNodes)
            {
                v.Add($"{at}.op", GroupText.Get("condition.op", MaxNodes));
                return c;
            }
            var children = new List<GroupCondition>();
            for (var i = 0; i < c.Conditions.Count; i++)
            {
                if (c.Conditions[i] is not { } child) v.Add($"{at}.conditions[{i}]", Messages.Get("required"));
                else children.Add(CheckNode(v, $"{at}.conditions[{i}]", child, roles, action, depth + 1, ref nodes));
            }
            return c with { Conditions = children };
        }
        return CheckTest(v, at, c, roles, action);
    }

    private static GroupCondition CheckTest(Validator v, string at, GroupCondition c, RoleDirectory roles, string action)
    {
        var type = c.Type;
        if (type is null || !ConditionTypes.All.Contains(type))
        {
            v.Add($"{at}.type", GroupText.Get("condition.type", string.Join(", ", ConditionTypes.All)));
            return c;
        }
        var used = new HashSet<string>();
        switch (type)
        {
            case ConditionTypes.ActiveMinutes:
                used.UnionWith(["window_days", "at_least", "keep_at_least"]);
                Window(v, at, c.WindowDays);
                if (c.AtLeast is not { } least || !double.IsFinite(least) || least < 0 || least > MaxMinutes)
                    v.Add($"{at}.at_least", GroupText.Get("at_least.range", MaxMinutes));
                if (c.KeepAtLeast is { } keep)
                {
                    if (action != GroupActions.Add) v.Add($"{at}.keep_at_least", GroupText.Get("keep.only"));
                    else if (!double.IsFinite(keep) || keep < 0 || (c.AtLeast is { } l && keep > l)) v.Add($"{at}.keep_at_least", GroupText.Get("keep.range"));
                }
                break;
            case ConditionTypes.Sanctions:
                used.UnionWith(["window_days", "at_least", "at_most"]);
                Window(v, at, c.WindowDays);
                if ((c.AtLeast is null) == (c.AtMost is null) || !WholeCount(c.AtLeast ?? c.AtMost)) v.Add(at, GroupText.Get("count.one"));
                break;
            case ConditionTypes.JoinedBefore or ConditionTypes.JoinedAfter:
                used.UnionWith(["days", "date"]);
                if ((c.Days is null) == (c.Date is null)) v.Add(at, GroupText.Get("days.or.date"));
                else if (c.Days is < 0 or > 36500) v.Add($"{at}.days", GroupText.Get("days.range"));
                break;
            case ConditionTypes.LastSeenBefore:
                used.Add("days");
                if (c.Days is not (>= 0 and <= 36500)) v.Add($"{at}.days", GroupText.Get("days.range"));
                break;
            case ConditionTypes.HasTag or ConditionTypes.LacksTag:
                used.Add("tag");
                if (c.Tag is null) v.Add($"{at}.tag", GroupText.Get("text.required", "tag"));
                else v.Tags($"{at}.tag", [c.Tag]);
                break;
            case ConditionTypes.HasRole or ConditionTypes.LacksRole:
                used.Add("role");
                if (c.Role is null) v.Add($"{at}.role", GroupText.Get("text.required", "role"));
                else if (roles.Resolve(c.Role) is { } grant) c = c with { Role = grant.Id.ToString() };
                else v.Add($"{at}.role", GroupText.Get("role.unknown", c.Role));
                break;
            case ConditionTypes.InviteUsed:
                used.Add("value");
                if (c.Value is not null && (string.IsNullOrWhiteSpace(c.Value) || c.Value.Length > 64)) v.Add($"{at}.value", GroupText.Get("invite.code"));
                break;
            case ConditionTypes.ClientVersion or ConditionTypes.Region:
                used.Add("value");
                if (string.IsNullOrWhiteSpace(c.Value) || c.Value.Length > 64) v.Add($"{at}.value", GroupText.Get("text.required", "value"));
                break;
        }
        foreach (var (field, present) in Fields(c))
            if (present && !used.Contains(field)) v.Add($"{at}.{field}", GroupText.Get("field.unused", type));
        return c;
    }

    private static IEnumerable<(string, bool)> Fields(GroupCondition c) =>
    [
        ("window_days", c.WindowDays is not null), ("at_least", c.AtLeast is not null), ("keep_at_least", c.KeepAtLeast is not null),
        ("at_most", c.AtMost is not null), ("days", c.Days is not null), ("date", c.Date is not null), ("tag", c.Tag is not null),
        ("role", c.Role is not null), ("value", c.Value is not null),
    ];

    private static void Window(Validator v, string at, int? days)
    {
        if (days is not (>= 1 and <= MaxWindowDays)) v.Add($"{at}.window_days", GroupText.Get("window.range", MaxWindowDays));
    }

    private static bool WholeCount(double? n) => n is { } x && double.IsFinite(x) && x >= 0 && x <= 1_000_000 && Math.Floor(x) == x;

    public static async Task<GroupRule> LoadAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<GroupRule>().FirstOrDefaultAsync(r => r.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", GroupText.Get("rule.unknown"));
}
