using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Roles.Contracts;

/// <summary>
/// The last holder of <c>administrator</c> cannot lose it (docs/adr/last-administrator-rule.md).
/// Holders are active non-owner members granted administrator by roles or overrides, counted
/// exactly: every candidate is read (streamed), none is left out. Callers run it only when a write
/// can change administrator access: a member who held it and no longer would, or a role change
/// that touches grants, inheritance or priority.
/// </summary>
public static class AdministratorGuard
{
    /// <summary>Active non-owner holders, other than <paramref name="except"/>, stopping once <paramref name="enough"/> are found.</summary>
    public static async Task<int> CountHoldersAsync(GatehouseDb db, DateTime at, CancellationToken ct, Guid? except = null, int enough = int.MaxValue)
    {
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var adminRoles = roles.Grants.Values
            .Where(r => PermissionEvaluator.ExpandRoles([r.Id], roles.Grants)
                .Any(x => x.Allow.Any(g => Permissions.Matches(g, Permissions.Administrator))))
            .Select(r => r.Id)
            .ToList();

        var count = 0;
        await foreach (var user in MemberAccounts.ActiveCandidatesAsync(db, adminRoles, except, at, ct))
        {
            if (!AccessService.Compute(user, roles.Grants).Has(Permissions.Administrator)) continue;
            if (++count >= enough) break;
        }
        return count;
    }

    /// <summary>Whether this member, as it stands in memory, counts as a holder.</summary>
    public static bool Holds(MemberAccount user, RoleDirectory roles, DateTime at) =>
        !user.IsOwner && user.IsActive(at) && AccessService.Compute(user, roles.Grants).Has(Permissions.Administrator);

    /// <summary>A member loses administrator: refuse unless someone else still holds it.</summary>
    public static async Task EnsureAnotherHolderAsync(GatehouseDb db, Guid losing, DateTime at, CancellationToken ct)
    {
        if (await CountHoldersAsync(db, at, ct, except: losing, enough: 1) == 0) throw LastAdministrator();
    }

    /// <summary>After a role change (saved here, in the caller's transaction): refuse when it left nobody holding administrator.</summary>
    public static async Task EnsureStillHeldAsync(GatehouseDb db, DateTime at, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (await CountHoldersAsync(db, at, ct, enough: 1) == 0) throw LastAdministrator();
    }

    public static async Task<bool> AnyHolderAsync(GatehouseDb db, DateTime at, CancellationToken ct) =>
        await CountHoldersAsync(db, at, ct, enough: 1) > 0;

    private static RuleViolation LastAdministrator() => new(409, "last-administrator", Messages.Get("admin.last"));
}
