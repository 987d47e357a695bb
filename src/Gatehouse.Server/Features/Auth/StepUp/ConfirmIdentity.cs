using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.StepUp;

/// <summary>
/// Step-up ("sudo mode"): the signed-in member proves who they are again, with their password or a
/// code from their authenticator app, and dangerous actions open for <c>Security:StepUpWindow</c>
/// in this session. Wrong passwords count in the sign-in throttle; codes are spent once.
/// </summary>
public static class ConfirmIdentity
{
    /// <param name="Password">The member's password…</param>
    /// <param name="Code">…or a 6-digit code from the authenticator app.</param>
    public sealed record Request(string? Password, string? Code);

    /// <param name="SteppedUpUntil">Dangerous actions need no new check until then.</param>
    public sealed record Response(DateTime SteppedUpUntil);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, HttpContext http, CurrentActor actor, GatehouseDb db, IMemberSignIns members, MemberCredentials credentials, PasswordProof proof, TwoFactorCheck twoFactor,
        IAuditLog audit, IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().MaxLength("password", request.Password, PasswordPolicy.MaxLength).MaxLength("code", request.Code, 32);
        if (request.Password is null && request.Code is null) v.Add("password", Messages.Get("required"));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        if (actor.SessionId is null) return Problems.Forbidden("no-session", Messages.Get("step_up.required"));
        var user = await SignedInMember.LoadAsync(members, actor, ct);

        ProblemHttpResult? refused = null;
        if (request.Code is not null)
        {
            if (!await twoFactor.SpendAsync(user.Id, request.Code, allowRecovery: false, ct)) refused = ManageOwnTwoFactor.Invalid();
        }
        else refused = await proof.CheckAsync(user, await credentials.FindAsync(user.Id, ct), request.Password, http, ct);
        if (refused is not null)
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.step_up", "user", user.Id.ToString(), new { reason = refused.ProblemDetails.Type?.Split('/')[^1] }, AuditResults.Fail), ct);
            return refused;
        }

        await db.WriteAsync(async c =>
        {
            await StepUpClock.MarkAsync(db, actor.SessionId, time, c);
            audit.Record(new AuditRecord("auth.step_up", "user", user.Id.ToString(), new { method = request.Code is not null ? "totp" : "password" }));
            return true;
        }, ct);
        return TypedResults.Ok(new Response(time.GetUtcNow().UtcDateTime + options.Value.Security.StepUpWindow));
    }
}
