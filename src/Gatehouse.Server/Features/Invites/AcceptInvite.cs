using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

public static class AcceptInvite
{
    /// <summary>
    /// Signed in: send nothing (you join with the invite's roles). Otherwise: a username, e-mail and password
    /// create your account; the e-mail and password of an account you left bring it back.
    /// </summary>
    public sealed record Request(string? Username = null, string? Email = null, string? Password = null, string? DisplayName = null);

    /// <param name="Outcome">created (a new account), returned (an account that had left) or joined (already signed in).</param>
    /// <param name="RolesRestored">For a return: whether the previous roles came back (the community's setting).</param>
    /// <param name="Roles">The invite's roles, now held.</param>
    public sealed record Response(Guid UserId, string Outcome, bool? RolesRestored, IReadOnlyList<RoleRef> Roles);

    public static async Task<Results<Created<Response>, Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        string code, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IMemberReturns members,
        PasswordHasher hasher, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        if (actor.ApiKeyId is not null) return Problems.Forbidden("session-required", InviteText.Get("api_key"));
        var request = await OptionalBody.ReadAsync<Request>(http) ?? new Request();
        var invite = await InviteCodes.FindAsync(db, code, track: false, ct);
        var roles = await access.RolesAsync(ct);

        // Who is accepting, worked out before the transaction: Argon2 is slow and must not hold the write gate.
        Guid? returning = null;
        string? passwordHash = null;
        if (actor.UserId is { } member)
        {
            if (await db.InviteUses.AnyAsync(u => u.InviteId == invite.Id && u.UserId == member, ct))
                return TypedResults.Ok(new Response(member, "joined", null, AssignableRoles.Describe(roles, invite.RoleIds)));
        }
        else
        {
            var v = new Validator().MaxLength("email", request.Email, 254).MaxLength("password", request.Password, PasswordPolicy.MaxLength)
                .MaxLength("display_name", request.DisplayName, 64);
            if (!v.IsValid) return Problems.Validation(v.Errors);
            if (request.Email is not null && request.Password is not null)
                returning = await members.FindReturningMemberAsync(request.Email, request.Password, ct);
            if (returning is null)
            {
                if (Validate(request) is { IsValid: false } bad) return Problems.Validation(bad.Errors);
                passwordHash = hasher.Hash(request.Password!);
            }
        }

        var (userId, outcome, restored) = await db.WriteAsync(async c =>
        {
            await ClaimUseAsync(db, invite, time.GetUtcNow().UtcDateTime, c);
            (Guid Id, string Outcome, bool? Restored) who;
            if (actor.UserId is { } signedIn) who = (signedIn, "joined", null);
            else if (returning is { } back) who = (back, "returned", (await members.ReturnLeftMemberAsync(back, "invite", c)).RolesRestored);
            else who = (await members.CreateInvitedMemberAsync(
                new InvitedMember(request.Username!, request.Email!, request.DisplayName, passwordHash!), invite.RoleIds, invite.Code, c), "created", null);
            if (who.Outcome != "created") await members.GrantInviteRolesAsync(who.Id, invite.RoleIds, invite.Code, c);
            var now = time.GetUtcNow().UtcDateTime;
            db.InviteUses.Add(new InviteUse { InviteId = invite.Id, UserId = who.Id, Kind = who.Outcome, UsedAt = now });
            audit.Record(new AuditRecord("invite.accepted", "invite", invite.Id.ToString(),
                new { code = invite.Code, user_id = who.Id, outcome = who.Outcome }, ActorUserId: who.Id));
            return who;
        }, ct);

        var response = new Response(userId, outcome, restored, AssignableRoles.Describe(roles, invite.RoleIds));
        return outcome == "created" ? TypedResults.Created($"/api/v1/users/{userId}", response) : TypedResults.Ok(response);
    }

    /// <summary>
    /// Takes one use with a single conditional UPDATE: concurrent accepts of the last use queue on the row
    /// (PostgreSQL re-checks the condition after the first commits; SQLite has one writer), so the limit holds.
    /// </summary>
    private static async Task ClaimUseAsync(GatehouseDb db, Invite invite, DateTime now, CancellationToken ct)
    {
        var claimed = await db.Invites
            .Where(i => i.Id == invite.Id && i.RevokedAt == null && (i.ExpiresAt == null || i.ExpiresAt > now) && (i.MaxUses == null || i.Uses < i.MaxUses))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Uses, i => i.Uses + 1), ct);
        if (claimed == 1) return;
        var current = await db.Invites.AsNoTracking().FirstAsync(i => i.Id == invite.Id, ct);
        var state = current.Unusable(now) ?? InviteStates.UsedUp;
        throw new RuleViolation(410, "invite-" + state.Replace('_', '-'), InviteText.Get(state));
    }

    private static Validator Validate(Request r)
    {
        var v = new Validator();
        if (r.Username is null && r.Email is null && r.Password is null) return v.Add("username", InviteText.Get("account_needed"));
        v.Required("username", r.Username).Username("username", r.Username?.Trim())
            .Required("email", r.Email).Email("email", r.Email)
            .Required("password", r.Password);
        if (r.Password is not null && !PasswordPolicy.IsStrongEnough(r.Password, r.Username, r.Email)) v.Add("password", Messages.Get("password.weak"));
        return v;
    }
}
