using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// A member changes their own e-mail (the sign-in name): the current password is required, and
/// every other session ends, as for a password change. With SMTP configured the new address must
/// prove it is the member's: a one-time link is mailed there, the old address is told, and the
/// sign-in name changes only when the link is opened (<see cref="ConfirmEmailChange"/>). Without
/// SMTP nobody can be mailed, so the change applies at once.
/// </summary>
public static class ChangeOwnEmail
{
    /// <param name="CurrentPassword">The password in use now.</param>
    /// <param name="Email">The new e-mail address.</param>
    public sealed record Request(string? CurrentPassword, string? Email);

    /// <param name="Email">The address now on the account (the old one while a confirmation is pending).</param>
    /// <param name="PendingEmail">The new address, waiting for the link mailed to it; null when the change applied at once.</param>
    /// <param name="SessionsEnded">How many other sessions were ended.</param>
    public sealed record Response(string Email, string? PendingEmail, int SessionsEnded);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, HttpContext http, CurrentActor actor, GatehouseDb db, PasswordProof proof, IMemberWrites members, IMemberIdentities identities, IMemberSignIns signIns,
        MemberCredentials credentials,
        AccountMail mail, IAuditLog audit, IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("current_password", request.CurrentPassword).Required("email", request.Email).Email("email", request.Email)
            .MaxLength("current_password", request.CurrentPassword, PasswordPolicy.MaxLength);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var user = await SignedInMember.LoadAsync(signIns, actor, ct);
        if (await proof.CheckAsync(user, await credentials.FindAsync(user.Id, ct), request.CurrentPassword, http, ct) is { } refused)
        {
            await audit.RecordAloneAsync(new AuditRecord("auth.email_change", "user", user.Id.ToString(), new { reason = refused.ProblemDetails.Type }, AuditResults.Fail), ct);
            return refused;
        }
        var email = request.Email!.Trim();
        if (!mail.IsConfigured)
        {
            var ended = await db.WriteAsync(async c =>
                await members.ChangeEmailAsync(user.Id, email, c)
                    ? await SessionEnding.EndOthersAsync(db, user.Id, actor.SessionId, "email_changed", time, c)
                    : 0, ct);
            return TypedResults.Ok(new Response(email, null, ended));
        }

        if (MemberEmails.Normalize(email) == user.EmailNormalized) return TypedResults.Ok(new Response(user.Email, null, 0));
        if (await identities.TakenByAnotherAsync(null, email, user.Id, ct) is { } field) throw RuleViolation.Duplicate(field);
        var token = AccountMail.NewToken();
        var expires = time.GetUtcNow().UtcDateTime + options.Value.Security.EmailConfirmationLifetime;
        // Mail first: a link that cannot be delivered must not leave a change waiting for it.
        try { await mail.SendAsync(email, "email_confirm", ct, user.Username, expires, mail.Link(http.Request, "confirm-email", token)); }
        catch (MailNotSentException)
        {
            return Problems.Make(503, "mail-not-sent", CredentialsText.Get("email.not_sent"));
        }

        var sessionsEnded = await db.WriteAsync(async c =>
        {
            var credential = await credentials.ForWriteAsync(user.Id, c);
            credential.PendingEmail = email;
            credential.PendingEmailHash = AccountMail.HashOf(token);
            credential.PendingEmailExpiresAt = expires;
            audit.Record(new AuditRecord("auth.email_change_requested", "user", user.Id.ToString(), new { expires_at = expires }));
            return await SessionEnding.EndOthersAsync(db, user.Id, actor.SessionId, "email_change_requested", time, c);
        }, ct);
        await mail.NotifyAsync(user.Email, "email_notice", ct, user.Username, email);
        return TypedResults.Ok(new Response(user.Email, email, sessionsEnded));
    }
}
