using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// A member changes their own e-mail (the sign-in name): the current password is required, and
/// every other session ends, as for a password change. Gatehouse has no mail transport yet, so the
/// change applies at once; confirming through the new address comes with SMTP.
/// </summary>
public static class ChangeOwnEmail
{
    /// <param name="CurrentPassword">The password in use now.</param>
    /// <param name="Email">The new e-mail address.</param>
    public sealed record Request(string? CurrentPassword, string? Email);

    /// <param name="Email">The address now on the account.</param>
    /// <param name="SessionsEnded">How many other sessions were ended.</param>
    public sealed record Response(string Email, int SessionsEnded);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, HttpContext http, CurrentActor actor, GatehouseDb db, PasswordProof proof, IMemberWrites members,
        IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("current_password", request.CurrentPassword).Required("email", request.Email).Email("email", request.Email)
            .MaxLength("current_password", request.CurrentPassword, PasswordPolicy.MaxLength);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var user = await db.Set<User>().AsNoTracking().FirstAsync(u => u.Id == actor.UserId, ct);
        if (proof.Check(user, request.CurrentPassword, http) is { } refused)
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.email_change", "user", user.Id.ToString(), new { reason = refused.ProblemDetails.Type }, AuditResults.Fail), ct);
            return refused;
        }

        var ended = await db.WriteAsync(async c =>
            await members.ChangeEmailAsync(user.Id, request.Email!, c)
                ? await SessionEnding.EndOthersAsync(db, user.Id, actor.SessionId, "email_changed", time, c)
                : 0, ct);
        return TypedResults.Ok(new Response(request.Email!.Trim(), ended));
    }
}
