namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>A role as the evaluator and other features see it (its grants, and enough to name and draw it).</summary>
public sealed record RoleGrant(
    Guid Id, string Name, int Priority,
    IReadOnlyList<string> Allow, IReadOnlyList<string> Deny, IReadOnlyList<Guid> Inherits, string? Color = null, bool Hoist = false)
{
    public static RoleGrant Of(Role r) => new(r.Id, r.Name, r.Priority, r.Allow, r.Deny, r.Inherits, r.Color, r.Hoist);
}

/// <summary>The user-side inputs of the rule.</summary>
public sealed record PermissionSubject(
    bool IsOwner, IReadOnlyList<string> AllowOverrides, IReadOnlyList<string> DenyOverrides, IReadOnlyList<Guid> RoleIds);

/// <summary>Why one permission is granted or not: the answer of the "why" explainer.</summary>
public sealed record PermissionDecision(
    string Permission, bool Granted, string Rule, Guid? RoleId = null, string? RoleName = null,
    int? RolePriority = null, string? MatchedGrant = null);

public static class DecisionRules
{
    public const string Owner = "owner";
    public const string UserDeny = "user_deny";
    public const string UserAllow = "user_allow";
    public const string Administrator = "administrator";
    public const string RoleDeny = "role_deny";
    public const string RoleAllow = "role_allow";
    public const string None = "none";
}

/// <summary>
/// The effective-permission rule of DESIGN §3, implemented once:
/// 1. the owner has everything;
/// 2. per-user overrides decide first, deny beating allow;
/// 3. <c>administrator</c> obtained by rules 2 or 4 implies every other permission;
/// 4. otherwise the highest-priority role (inherited roles expanded) that mentions the permission
///    decides, deny beating allow at equal priority;
/// 5. nothing mentions it: denied.
/// </summary>
public static class PermissionEvaluator
{
    /// <summary>The user's roles plus everything they inherit, each once. Cycles are refused on write; here they just stop the walk.</summary>
    public static IReadOnlyList<RoleGrant> ExpandRoles(IEnumerable<Guid> direct, IReadOnlyDictionary<Guid, RoleGrant> roles)
    {
        var seen = new HashSet<Guid>();
        var result = new List<RoleGrant>();
        var stack = new Stack<Guid>(direct);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id) || !roles.TryGetValue(id, out var role)) continue;
            result.Add(role);
            foreach (var parent in role.Inherits) stack.Push(parent);
        }
        return result;
    }

    public static PermissionDecision Decide(PermissionSubject subject, IReadOnlyList<RoleGrant> expandedRoles, string permission)
    {
        if (subject.IsOwner) return new(permission, true, DecisionRules.Owner);

        var direct = DecideWithoutImplication(subject, expandedRoles, permission);
        if (direct.Rule is DecisionRules.UserDeny or DecisionRules.UserAllow || permission == Permissions.Administrator)
            return direct;

        var admin = DecideWithoutImplication(subject, expandedRoles, Permissions.Administrator);
        if (admin.Granted)
            return admin with { Permission = permission, Rule = DecisionRules.Administrator };
        return direct;
    }

    public static IReadOnlyList<PermissionDecision> DecideAll(PermissionSubject subject, IReadOnlyList<RoleGrant> expandedRoles) =>
        [.. Permissions.All.Select(p => Decide(subject, expandedRoles, p))];

    private static PermissionDecision DecideWithoutImplication(PermissionSubject subject, IReadOnlyList<RoleGrant> roles, string permission)
    {
        var denied = FirstMatch(subject.DenyOverrides, permission);
        if (denied is not null) return new(permission, false, DecisionRules.UserDeny, MatchedGrant: denied);
        var allowed = FirstMatch(subject.AllowOverrides, permission);
        if (allowed is not null) return new(permission, true, DecisionRules.UserAllow, MatchedGrant: allowed);

        RoleGrant? best = null;
        string? bestGrant = null;
        var bestDenies = false;
        for (var i = 0; i < roles.Count; i++)
        {
            var role = roles[i];
            var deny = FirstMatch(role.Deny, permission);
            var allow = deny is null ? FirstMatch(role.Allow, permission) : null;
            if (deny is null && allow is null) continue;
            var better = best is null
                || role.Priority > best.Priority
                || (role.Priority == best.Priority && deny is not null && !bestDenies);
            if (!better) continue;
            best = role;
            bestDenies = deny is not null;
            bestGrant = deny ?? allow;
        }

        if (best is null) return new(permission, false, DecisionRules.None);
        return new(permission, !bestDenies, bestDenies ? DecisionRules.RoleDeny : DecisionRules.RoleAllow,
            best.Id, best.Name, best.Priority, bestGrant);
    }

    /// <summary>The first grant that covers the permission. A loop, not LINQ: every request decides every permission of a member it shows.</summary>
    private static string? FirstMatch(IReadOnlyList<string> grants, string permission)
    {
        for (var i = 0; i < grants.Count; i++)
            if (Permissions.Matches(grants[i], permission)) return grants[i];
        return null;
    }
}
