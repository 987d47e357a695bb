using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

/// <summary>Disable (sign-in refused, sessions ended) and enable a member.</summary>
public static class SetUserDisabled
{
    /// <param name="Reason">Shown to the member when they try to sign in, and kept in the audit log.</param>
    public sealed record Request(string? Reason = null);

    public static async Task<Results<Ok<UserResponse>, ValidationProblem>> Disable(
        Guid id, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, LiveStatuses live, CancellationToken ct) =>
        await Set(true, id, (await OptionalBody.ReadAsync<Request>(http))?.Reason, http, db, access, actor, writes, live, ct);

    public static Task<Results<Ok<UserResponse>, ValidationProblem>> Enable(
        Guid id, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, LiveStatuses live, CancellationToken ct) =>
        Set(false, id, null, http, db, access, actor, writes, live, ct);

    private static async Task<Results<Ok<UserResponse>, ValidationProblem>> Set(
        bool disable, Guid id, string? reason, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, LiveStatuses live, CancellationToken ct)
    {
        var v = new Validator().MaxLength("reason", reason, 500);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var roles = await access.RolesAsync(ct);
        var user = await db.WriteAsync(async c =>
        {
            var u = await LoadTarget.ForWriteAsync(db, id, roles, actor, c);
            if (disable && u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("owner.protected"));
            if (disable && u.Id == actor.UserId) throw new RuleViolation(409, "self-action", Messages.Get("self.disable"));
            await writes.SetDisabledAsync(u, roles, disable, reason, batch: false, c);
            return u;
        }, ct);
        Preconditions.SetETag(http, user.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(user, roles), ct));
    }
}
