using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class GetRole
{
    public static async Task<Results<Ok<RoleResponse>, ProblemHttpResult>> Handle(Guid id, HttpContext http, GatehouseDb db, CancellationToken ct)
    {
        var role = await db.Roles.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null) return Problems.NotFound("role");
        var count = await RoleHolders.CountAsync(db, id, includeDeleted: false, ct);
        Preconditions.SetETag(http, role.Version);
        return TypedResults.Ok(RoleResponse.Of(role, count));
    }
}
