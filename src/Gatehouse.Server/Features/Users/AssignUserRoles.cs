using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class AssignUserRoles
{
    /// <summary>Roles to add and to remove (ids or names), applied together.</summary>
    public sealed record Request(IReadOnlyList<string>? Add = null, IReadOnlyList<string>? Remove = null);

    public static async Task<Results<Ok<UserResponse>, ValidationProblem>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, LiveStatuses live, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = new Validator();
        var add = UserRules.ResolveRoles(roles, request.Add, "add", v);
        var remove = UserRules.ResolveRoles(roles, request.Remove, "remove", v);
        if (add.Count == 0 && remove.Count == 0) v.Add("add", Messages.Get("required"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var user = await db.WriteAsync(async c =>
        {
            var u = await LoadTarget.ForWriteAsync(db, id, roles, actor, c);
            if (Preconditions.CheckIfMatch(http, u.Version, "user") is not null)
                throw new RuleViolation(412, "precondition-failed", Messages.Get("precondition_failed", "user", u.Version));
            var edit = writes.Begin(u, roles);
            var wanted = u.Roles.Select(r => r.RoleId).Union(add.Select(r => r.Id)).Except(remove.Select(r => r.Id));
            UserRules.ChangeRoles(u, wanted, roles, actor, time.GetUtcNow().UtcDateTime);
            await edit.CommitAsync(new MemberCommit("user.roles_changed"), c);
            return u;
        }, ct);
        Preconditions.SetETag(http, user.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(user, roles), ct));
    }
}
