using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Mail;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>A member opens the reset link and chooses a new password: the link works once, before it expires, and ends every session.</summary>
public static class CompletePasswordReset
{
    /// <param name="Token">The token from the reset link.</param>
    /// <param name="NewPassword">The password to use from now on.</param>
    public sealed record Request(string? Token, string? NewPassword);

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Handle(
        Request request, GatehouseDb db, IMemberSignIns members, PasswordHasher hasher, IAuditLog audit, SecurityNotices notices, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("token", request.Token).Required("new_password", request.NewPassword)
            .MaxLength("token", request.Token, 128).MaxLength("new_password", request.NewPassword, PasswordPolicy.MaxLength);
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var hash = AccountMail.HashOf(request.Token!);
        var now = time.GetUtcNow().UtcDateTime;

        // Who had a password replaced (a first password chosen through the set-password link replaces none).
        Guid? replaced = null;
        var result = await db.WriteAsync<Results<NoContent, ValidationProblem, ProblemHttpResult>>(async c =>
        {
            replaced = null;
            var credential = await db.Set<MemberCredential>().FirstOrDefaultAsync(x => x.PasswordResetHash == hash, c);
            var u = credential is null ? null : await members.FindAsync(credential.UserId, c);
            if (credential is null || u is null || u.DeletedAt is not null || credential.PasswordResetExpiresAt is not { } until || until <= now)
                return Problems.Make(400, "reset-link-invalid", CredentialsText.Get("reset.invalid"));
            if (!PasswordPolicy.IsStrongEnough(request.NewPassword!, u.Username, u.Email))
                return Problems.Validation(new Dictionary<string, string[]> { ["new_password"] = [Messages.Get("password.weak")] });
            if (credential.PasswordHash is not null) replaced = u.Id;
            credential.SetChosenPassword(hasher.Hash(request.NewPassword!));
            await SessionEnding.EndOthersAsync(db, u.Id, keep: null, "password_reset", time, c);
            audit.Record(new AuditRecord("auth.password_reset", "user", u.Id.ToString(), new { }, ActorUserId: u.Id));
            return TypedResults.NoContent();
        }, ct);
        if (replaced is { } member) await notices.SendAsync(member, "password_reset");
        return result;
    }
}
