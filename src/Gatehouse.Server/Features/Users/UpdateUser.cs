using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public static class UpdateUser
{
    /// <summary>Fields to change; absent fields stay as they are, an empty string clears an optional text.</summary>
    /// <param name="Roles">Replaces the member's roles (ids or names).</param>
    /// <param name="AllowOverrides">Per-user allow grants; they decide before roles.</param>
    /// <param name="DenyOverrides">Per-user deny grants; deny beats allow.</param>
    public sealed record Request(
        string? Username = null, string? DisplayName = null, string? Email = null, string? AvatarUrl = null,
        string? Status = null, string? StatusMessage = null, IReadOnlyList<string>? Roles = null,
        IReadOnlyList<string>? Tags = null, IReadOnlyList<string>? AllowOverrides = null,
        IReadOnlyList<string>? DenyOverrides = null, string? Password = null);
    // Password stays in the record only so a client that sends it learns where passwords change (a 400 naming the field).

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, IMemberPresence presence,
        LiveStatuses live, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = Validate(request, presence.ChoosableStatuses);
        // Credentials never change here: a stolen access token or a moderator's users.update must not
        // become an account takeover (see Auth/Credentials for the ways that prove who is asking).
        if (request.Password is not null) v.Add("password", Messages.Get("password.not_here"));
        if (request.Email is not null && id == actor.UserId) v.Add("email", Messages.Get("email.own_change"));
        if (request.Email is not null && id != actor.UserId && !actor.Has(Permissions.UsersCredentials))
            return Problems.Forbidden("forbidden", Messages.Get("forbidden", Permissions.UsersCredentials));
        var wanted = request.Roles is null ? null : UserRules.ResolveRoles(roles, request.Roles, "roles", v);
        UserRules.ValidateGrants(request.AllowOverrides, "allow_overrides", v);
        UserRules.ValidateGrants(request.DenyOverrides, "deny_overrides", v);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var user = await db.WriteAsync(async c =>
        {
            var u = await db.Users.Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == id && x.DeletedAt == null, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
            if (Preconditions.CheckIfMatch(http, u.Version, "user") is not null)
                throw new RuleViolation(412, "precondition-failed", Messages.Get("precondition_failed", "user", u.Version));
            var target = AccessService.Compute(u.ToAccount(), roles.Grants);
            if (Hierarchy.CanActOnUser(actor, target) is { } denied) throw Hierarchy.Denied(denied);
            if (await UserRules.FindDuplicateAsync(db, request.Username, request.Email, u.Id, c) is { } field)
                throw RuleViolation.Duplicate(field);

            var edit = writes.Begin(u, roles);
            Apply(u, request);
            if (wanted is not null) UserRules.ChangeRoles(u, wanted.Select(r => r.Id), roles, actor, time.GetUtcNow().UtcDateTime);
            if (request.AllowOverrides is not null || request.DenyOverrides is not null)
            {
                if (!actor.Has(Permissions.RolesAssign)) throw Hierarchy.Denied(Messages.Get("forbidden", Permissions.RolesAssign));
                if (Hierarchy.CanGrant(actor, request.AllowOverrides ?? []) is { } g) throw Hierarchy.Denied(g);
                if (request.AllowOverrides is not null) u.AllowOverrides = [.. request.AllowOverrides.Distinct()];
                if (request.DenyOverrides is not null) u.DenyOverrides = [.. request.DenyOverrides.Distinct()];
            }

            await edit.CommitAsync(new MemberCommit("user.updated"), c);
            return u;
        }, ct);

        // A member who is connected shows the new status at once, not at their next session.
        if (request.Status is not null || request.StatusMessage is not null)
            await presence.ApplyChosenStatusAsync(user.Id, user.Status, user.StatusMessage, user.StatusExpiresAt, ct);
        Preconditions.SetETag(http, user.Version);
        return TypedResults.Ok(await live.ApplyAsync(UserResponse.Of(user, roles), ct));
    }

    private static void Apply(User u, Request r)
    {
        if (r.Username is not null) { u.Username = r.Username.Trim(); u.UsernameNormalized = User.NormalizeUsername(r.Username); }
        if (r.DisplayName is not null) u.DisplayName = r.DisplayName.Trim().Length == 0 ? u.Username : r.DisplayName.Trim();
        if (r.Email is not null) { u.Email = r.Email.Trim(); u.EmailNormalized = User.NormalizeEmail(r.Email); }
        if (r.AvatarUrl is not null) u.AvatarUrl = r.AvatarUrl.Length == 0 ? null : r.AvatarUrl;
        if (r.Status is not null) u.Status = r.Status;
        if (r.StatusMessage is not null) u.StatusMessage = r.StatusMessage.Length == 0 ? null : r.StatusMessage;
        if (r.Tags is not null) u.Tags = [.. r.Tags.Distinct()];
    }

    private static Validator Validate(Request r, IReadOnlyList<string> choosable)
    {
        var v = new Validator()
            .Username("username", r.Username?.Trim())
            .Email("email", r.Email)
            .MaxLength("display_name", r.DisplayName, 64)
            .PublicHttpUrl("avatar_url", r.AvatarUrl).MaxLength("avatar_url", r.AvatarUrl, 2048)
            .MaxLength("status_message", r.StatusMessage, 128)
            .Tags("tags", r.Tags);
        // offline is not something one chooses: it is what having no session means.
        if (r.Status is not null && !choosable.Contains(r.Status))
            v.Add("status", Messages.Get("status.unknown", string.Join(", ", choosable)));
        return v;
    }
}
