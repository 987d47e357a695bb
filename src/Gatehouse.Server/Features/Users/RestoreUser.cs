using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public static class RestoreUser
{
    /// <summary>
    /// Brings back a soft-deleted member (deleted by an administrator or who left) as they were, roles
    /// included: restoring undoes the deletion. The actor must outrank the member, as for deleting them.
    /// </summary>
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, MemberWritePath writes, LiveStatuses live,
        CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var user = await db.WriteAsync(async c =>
        {
            var u = await db.Users.Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == id, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
            if (u.DeletedAt is null) throw new RuleViolation(409, "not-deleted", Messages.Get("restore.not_deleted"));
            if (u.IsErased) throw new RuleViolation(409, "erased", Messages.Get("restore.erased"));
            if (Hierarchy.CanActOnUser(actor, AccessService.Compute(u.ToAccount(), roles.Grants)) is { } denied) throw Hierarchy.Denied(denied);
            var edit = writes.Begin(u, roles);
            var left = u.LeftAt is not null;
            u.DeletedAt = null;
            u.LeftAt = null;
            await edit.CommitAsync(new MemberCommit("user.restored", new { had_left = left, before = edit.Before }, new { had_left = left }), c);
            return u;
        }, ct);
        Preconditions.SetETag(http, user.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(user, roles), ct));
    }
}
