using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>
/// An administrator (users.credentials, ranked above the member) removes a member's authenticator
/// app, for a member who lost both phone and recovery codes. Audited; the member's sessions end,
/// and a member whose role requires two factors enrols again at the next sign-in.
/// </summary>
public static class ResetMemberTwoFactor
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        Guid id, CurrentActor actor, AccessService access, GatehouseDb db, IAuditLog audit, SecurityNotices notices, TimeProvider time, CancellationToken ct)
    {
        if (id == actor.UserId) return Problems.BadRequest("self", TwoFactorText.Get("self"));
        var result = await db.WriteAsync<Results<NoContent, ProblemHttpResult>>(async c =>
        {
            var target = await access.ForUserAsync(id, c);
            if (target is null || target.User.DeletedAt is not null) return Problems.NotFound("user");
            if (Hierarchy.CanActOnUser(actor, target) is { } denied) throw Hierarchy.Denied(denied);
            // Nothing enrolled: nothing changes, nothing is audited.
            if (await db.Set<TwoFactorEnrolment>().Where(t => t.UserId == id).ExecuteDeleteAsync(c) == 0)
                return Problems.Conflict("two-factor-not-enabled", TwoFactorText.Get("not_enabled"));
            await Credentials.SessionEnding.EndOthersAsync(db, id, keep: null, "two_factor_reset", time, c);
            audit.Record(new AuditRecord("user.2fa_reset", "user", id.ToString()));
            return TypedResults.NoContent();
        }, ct);
        if (result.Result is NoContent) await notices.SendAsync(id, "two_factor_reset");
        return result;
    }
}
