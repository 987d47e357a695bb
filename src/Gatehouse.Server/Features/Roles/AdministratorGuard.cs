using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

/// <summary>
/// The last holder of <c>administrator</c> cannot lose it. The owner is not counted: the owner
/// holds everything by definition, so counting it would make the rule unreachable. Used inside a
/// write transaction: count before the change, save, count again, and refuse a drop to zero.
/// </summary>
public static class AdministratorGuard
{
    /// <summary>Active non-owner users granted administrator, counted up to 2 (we only need 0, 1 or more).</summary>
    public static async Task<int> CountHoldersAsync(GatehouseDb db, CancellationToken ct)
    {
        var roles = new RoleDirectory(await db.Roles.AsNoTracking().ToListAsync(ct));
        var adminRoles = roles.Grants.Values
            .Where(r => PermissionEvaluator.ExpandRoles([r.Id], roles.Grants)
                .Any(x => x.Allow.Any(g => Permissions.Matches(g, Permissions.Administrator))))
            .Select(r => r.Id)
            .ToList();

        var candidates = await db.Users.AsNoTracking().Include(u => u.Roles)
            .Where(u => !u.IsOwner && u.DeletedAt == null && !u.IsDisabled && !u.IsBanned)
            .Where(u => u.Roles.Any(r => adminRoles.Contains(r.RoleId)) || u.AllowOverrides.Count > 0)
            .Take(500)
            .ToListAsync(ct);

        var count = 0;
        foreach (var user in candidates)
        {
            if (!AccessService.Compute(user, roles.Grants).Has(Permissions.Administrator)) continue;
            if (++count >= 2) break;
        }
        return count;
    }

    public static async Task EnsureNotLastAsync(GatehouseDb db, int holdersBefore, CancellationToken ct)
    {
        if (holdersBefore == 0) return;
        await db.SaveChangesAsync(ct);
        if (await CountHoldersAsync(db, ct) == 0)
            throw new RuleViolation(409, "last-administrator", Messages.Get("admin.last"));
    }
}
