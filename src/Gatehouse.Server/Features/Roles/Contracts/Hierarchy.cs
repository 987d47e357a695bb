using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>
/// Discord's hierarchy: act only on what ranks strictly below you, and never grant what you do
/// not hold. Each check answers null (allowed) or the reason it is refused.
/// </summary>
public static class Hierarchy
{
    public static string? CanActOnUser(CurrentActor actor, UserAccess target)
    {
        if (target.User.IsOwner && !actor.IsOwner) return Messages.Get("owner.protected");
        if (actor.UserId == target.User.Id) return null;
        return actor.Rank > target.Rank ? null : Messages.Get("hierarchy.user");
    }

    /// <summary>May the actor give or take away this role?</summary>
    public static string? CanAssign(CurrentActor actor, RoleGrant role)
    {
        if (GrantsAdministrator(role.Allow)) actor.EnsureSteppedUp();
        if (role.Priority >= actor.Rank) return Messages.Get("hierarchy.role", role.Name);
        return CanGrant(actor, role.Allow);
    }

    /// <summary>Every permission the grants cover must be held by the actor.</summary>
    public static string? CanGrant(CurrentActor actor, IEnumerable<string> grants)
    {
        var missing = Permissions.Expand(grants).FirstOrDefault(p => !actor.Has(p));
        return missing is null ? null : Messages.Get("hierarchy.grant", missing);
    }

    /// <summary>May the actor edit, delete or move this role (and give it this priority)?</summary>
    public static string? CanManageRole(CurrentActor actor, Role role, int? newPriority = null)
    {
        if (role.Priority >= actor.Rank) return Messages.Get("hierarchy.role", role.Name);
        if (newPriority is { } p && p >= actor.Rank) return Messages.Get("hierarchy.role", role.Name);
        return null;
    }

    /// <summary>Roles that grant administrator are changed, given and taken only after a fresh step-up.</summary>
    public static bool GrantsAdministrator(IEnumerable<string> grants) => Permissions.Expand(grants).Contains(Permissions.Administrator);

    public static RuleViolation Denied(string reason) => new(403, "hierarchy", reason);
}
