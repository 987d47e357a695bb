using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users;
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
        Request request, GatehouseDb db, IMemberWrites members, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("token", request.Token).MaxLength("token", request.Token, 128);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var hash = AccountMail.HashOf(request.Token!);
        var now = time.GetUtcNow().UtcDateTime;

        return await db.WriteAsync<Results<Ok<Response>, ValidationProblem, ProblemHttpResult>>(async c =>
        {
            var u = await db.Set<User>().FirstOrDefaultAsync(x => x.PendingEmailHash == hash && x.DeletedAt == null, c);
            if (u is null || u.PendingEmail is not { } email || u.PendingEmailExpiresAt is not { } until || until <= now)
                return Problems.Make(400, "confirmation-link-invalid", CredentialsText.Get("email.link_invalid"));
            u.PendingEmail = null;
            u.PendingEmailHash = null;
            u.PendingEmailExpiresAt = null;
            await members.ChangeEmailAsync(u.Id, email, c);
            audit.Record(new AuditRecord("auth.email_change_confirmed", "user", u.Id.ToString(), new { }, ActorUserId: u.Id));
            return TypedResults.Ok(new Response(email));
        }, ct);
    }
}
