using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class GetUser
{
    /// <summary>A member with roles and effective permissions; the ETag is the version to send back in If-Match.</summary>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, AccessService access, LiveStatuses live, CancellationToken ct)
    {
        var target = await access.ForUserAsync(id, ct);
        if (target is null || target.User.DeletedAt is not null) return Problems.NotFound("user");
        var roles = await access.RolesAsync(ct);
        Preconditions.SetETag(http, target.User.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(target.User, roles, target.Granted), ct));
    }
}
