using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class GetUser
{
    /// <summary>A member with roles and effective permissions; the ETag is the version to send back in If-Match.</summary>
    /// <param name="includeDeleted">Also find a soft-deleted member (to restore them); <c>deleted_at</c> says so.</param>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        Guid id, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "include_deleted")] bool? includeDeleted, HttpContext http, GatehouseDb db, AccessService access, LiveStatuses live, CancellationToken ct)
    {
        var u = await MemberReads.FindAsync(db, id, ct);
        if (u is null || (u.DeletedAt is not null && includeDeleted != true)) return Problems.NotFound("user");
        var roles = await access.RolesForReadingAsync(ct);
        Preconditions.SetETag(http, u.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(u, roles, AccessService.Compute(u.ToAccount(), roles.Grants).Granted), ct));
    }
}
