using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class ListRoles
{
    /// <summary>Every role, highest priority first, with member counts.</summary>
    public static async Task<Ok<List<RoleResponse>>> Handle(GatehouseDb db, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderByDescending(r => r.Priority).ThenBy(r => r.NameNormalized).ToListAsync(ct);
        var counts = await MemberCountsAsync(db, ct);
        return TypedResults.Ok(roles.Select(r => RoleResponse.Of(r, counts.GetValueOrDefault(r.Id))).ToList());
    }

    public static async Task<Dictionary<Guid, int>> MemberCountsAsync(GatehouseDb db, CancellationToken ct) =>
        await db.Set<UserRole>().Where(ur => db.Set<User>().Any(u => u.Id == ur.UserId && u.DeletedAt == null))
            .GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
