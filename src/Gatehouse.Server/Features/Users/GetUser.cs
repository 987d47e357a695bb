using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class GetUser
{
    /// <summary>A member with roles and effective permissions; the ETag is the version to send back in If-Match.</summary>
    /// <param name="includeDeleted">Also find a soft-deleted member (to restore them); <c>deleted_at</c> says so.</param>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        Guid id, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "include_deleted")] bool? includeDeleted, HttpContext http, AccessService access, LiveStatuses live, CancellationToken ct)
    {
        var target = await access.ForUserAsync(id, ct);
        if (target is null || (target.User.DeletedAt is not null && includeDeleted != true)) return Problems.NotFound("user");
        var roles = await access.RolesAsync(ct);
        Preconditions.SetETag(http, target.User.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(target.User, roles, target.Granted), ct));
    }
}
