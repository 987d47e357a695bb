using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// A member changes their own password: the current one is required (a stolen access token alone
/// cannot take the account over), and every other session ends. Counts as a fresh step-up.
/// </summary>
public static class ChangeOwnPassword
{
    /// <param name="CurrentPassword">The password in use now.</param>
    /// <param name="NewPassword">The password to use from now on.</param>
    public sealed record Request(string? CurrentPassword, string? NewPassword);

    /// <param name="SessionsEnded">How many other sessions were ended.</param>
    public sealed record Response(int SessionsEnded);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, HttpContext http, CurrentActor actor, GatehouseDb db, IMemberSignIns members, MemberCredentials credentials, PasswordProof proof, PasswordHasher hasher,
        IAuditLog audit, SecurityNotices notices, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("current_password", request.CurrentPassword).Required("new_password", request.NewPassword)
            .MaxLength("current_password", request.CurrentPassword, PasswordPolicy.MaxLength);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var user = await SignedInMember.LoadAsync(members, actor, ct);
        if (!PasswordPolicy.IsStrongEnough(request.NewPassword!, user.Username, user.Email))
            return Problems.Validation(new Dictionary<string, string[]> { ["new_password"] = [Messages.Get("password.weak")] });
        if (await proof.CheckAsync(user, await credentials.FindAsync(user.Id, ct), request.CurrentPassword, http, ct) is { } refused)
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.password_changed", "user", user.Id.ToString(), new { reason = refused.ProblemDetails.Type }, AuditResults.Fail), ct);
            return refused;
        }
        if (request.NewPassword == request.CurrentPassword)
            return Problems.Validation(new Dictionary<string, string[]> { ["new_password"] = [CredentialsText.Get("password.same")] });

        var ended = await db.WriteAsync(async c =>
        {
            var credential = await credentials.ForWriteAsync(user.Id, c);
            credential.SetChosenPassword(hasher.Hash(request.NewPassword!));
            var n = await SessionEnding.EndOthersAsync(db, user.Id, actor.SessionId, "password_changed", time, c);
            await StepUp.StepUpClock.MarkAsync(db, actor.SessionId, time, c);
            audit.Record(new AuditRecord("auth.password_changed", "user", user.Id.ToString(), new { sessions_ended = n }));
            return n;
        }, ct);
        await notices.SendAsync(user.Id, "password_changed");
        return TypedResults.Ok(new Response(ended));
    }
}
