using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>Who holds which role, counted by the queries the Users feature owns (role lists show member counts).</summary>
public static class RoleHolders
{
    /// <summary>Members holding the role directly; deleted members only with <paramref name="includeDeleted"/> (they keep their rows).</summary>
    public static Task<int> CountAsync(GatehouseDb db, Guid roleId, bool includeDeleted, CancellationToken ct) =>
        includeDeleted
            ? db.Set<UserRole>().CountAsync(ur => ur.RoleId == roleId, ct)
            : db.Set<UserRole>().CountAsync(ur => ur.RoleId == roleId && db.Set<User>().Any(u => u.Id == ur.UserId && u.DeletedAt == null), ct);

    /// <summary>The member's own roles (none when unknown).</summary>
    public static async Task<HashSet<Guid>> RoleIdsOfAsync(GatehouseDb db, Guid userId, CancellationToken ct) =>
        [.. await db.Set<UserRole>().AsNoTracking().Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(ct)];
}
