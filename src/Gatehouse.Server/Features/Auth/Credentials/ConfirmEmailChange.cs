using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>The new address's owner opens the confirmation link: the e-mail changes (once, before the link expires).</summary>
public static class ConfirmEmailChange
{
    /// <param name="Token">The token from the confirmation link.</param>
    public sealed record Request(string? Token);

    /// <param name="Email">The address the account signs in with from now on.</param>
    public sealed record Response(string Email);

    public static async Task<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, GatehouseDb db, IMemberWrites members, IMemberSignIns signIns, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("token", request.Token).MaxLength("token", request.Token, 128);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var hash = AccountMail.HashOf(request.Token!);
        var now = time.GetUtcNow().UtcDateTime;

        return await db.WriteAsync<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>>(async c =>
        {
            var credential = await db.Set<MemberCredential>().FirstOrDefaultAsync(x => x.PendingEmailHash == hash, c);
            var member = credential is null ? null : await signIns.FindAsync(credential.UserId, c);
            if (credential is null || member is null || member.DeletedAt is not null || credential.PendingEmail is not { } email
                || credential.PendingEmailExpiresAt is not { } until || until <= now)
                return Problems.Make(400, "confirmation-link-invalid", CredentialsText.Get("email.link_invalid"));
            credential.PendingEmail = null;
            credential.PendingEmailHash = null;
            credential.PendingEmailExpiresAt = null;
            await members.ChangeEmailAsync(member.Id, email, c);
            audit.Record(new AuditRecord("auth.email_change_confirmed", "user", member.Id.ToString(), new { }, ActorUserId: member.Id));
            return TypedResults.Ok(new Response(email));
        }, ct);
    }
}
