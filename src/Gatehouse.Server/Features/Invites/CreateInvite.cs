using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Invites;

public static class CreateInvite
{
    public const int MaxUsesLimit = 100_000;

    /// <summary>A new invite link.</summary>
    /// <param name="MaxUses">How many people may use it (1–100000); leave out for no limit.</param>
    /// <param name="ExpiresAt">When it stops working (within a year); leave out for never.</param>
    /// <param name="Roles">Role ids or names given to whoever joins; each must be one you may assign.</param>
    /// <param name="Note">For the managers: who it is for, where it was posted.</param>
    public sealed record Request(int? MaxUses = null, DateTime? ExpiresAt = null, IReadOnlyList<string>? Roles = null, string? Note = null);

    public static async Task<Results<Created<InviteResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var roles = await access.RolesAsync(ct);
        var v = new Validator().MaxLength("note", request.Note, 200);
        if (request.MaxUses is < 1 or > MaxUsesLimit) v.Add("max_uses", InviteText.Get("max_uses.range", MaxUsesLimit));
        var expires = request.ExpiresAt?.ToUniversalTime();
        if (expires is { } e && (e <= now || e > now.AddYears(1))) v.Add("expires_at", InviteText.Get("expiry.range"));
        var roleIds = AssignableRoles.Resolve(roles, request.Roles, "roles", v);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        // An invite hands its roles out later, in the creator's name: only roles the creator may assign.
        if (AssignableRoles.CheckActorMayAssign(actor, roles, roleIds) is { } denied)
        {
            await audit.RecordAloneAsync(new AuditRecord("invite.created", "invite", null, new { roles = request.Roles, reason = denied }, AuditResults.Denied), ct);
            return Problems.Forbidden("hierarchy", denied);
        }

        var invite = new Invite
        {
            Code = InviteCodes.New(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            MaxUses = request.MaxUses,
            ExpiresAt = expires,
            RoleIds = roleIds,
            CreatedByUserId = actor.UserId!.Value,
            CreatedAt = now,
        };
        await db.WriteAsync(c =>
        {
            db.Invites.Add(invite);
            audit.Record(new AuditRecord("invite.created", "invite", invite.Id.ToString(), new
            {
                code = invite.Code,
                max_uses = invite.MaxUses,
                expires_at = invite.ExpiresAt,
                roles = AssignableRoles.Describe(roles, roleIds).Select(r => r.Name),
                note = invite.Note,
            }));
            return Task.FromResult(0);
        }, ct);
        return TypedResults.Created($"/api/v1/invites/{invite.Code}", InviteResponse.Of(invite, roles, actor.Username, now));
    }
}
