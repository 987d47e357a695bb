using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class ListRoles
{
    /// <summary>Every role, highest priority first, with member counts.</summary>
    public static async Task<Ok<List<RoleResponse>>> Handle(GatehouseDb db, IRoleHolderCounts holders, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().OrderByDescending(r => r.Priority).ThenBy(r => r.NameNormalized).ToListAsync(ct);
        var counts = await holders.CountLiveByRoleAsync(ct);
        return TypedResults.Ok(roles.Select(r => RoleResponse.Of(r, counts.GetValueOrDefault(r.Id))).ToList());
    }
}
