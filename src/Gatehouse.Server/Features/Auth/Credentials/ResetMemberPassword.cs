using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
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
/// An administrator (users.credentials, and ranked above the member) lets a member back in without
/// ever knowing a password the member will use: either a one-time reset link the member opens, or
/// a random temporary password that works once, for a short time, and must be replaced at sign-in.
/// Both end the member's sessions and are audited. Neither works on yourself (use /me/password).
/// </summary>
public static class ResetMemberPassword
{
    /// <param name="ResetUrl">Hand this to the member (one use); null when it was mailed to them. The token is in the fragment, so it never reaches server logs.</param>
    /// <param name="MailedTo">The member's address the link was sent to; null when SMTP is not configured or the relay failed (then the link is here).</param>
    public sealed record ResetLink(string? ResetUrl, string? MailedTo, DateTime ExpiresAt);

    /// <param name="Password">Shown once. It must be replaced at the member's next sign-in.</param>
    public sealed record TemporaryPassword(string Password, DateTime ExpiresAt);

    public static async Task<Results<Ok<ResetLink>, ProblemHttpResult>> SendLink(
        Guid id, HttpContext http, CurrentActor actor, AccessService access, GatehouseDb db, IMemberSignIns members, MemberCredentials credentials,
        IAuditLog audit, AccountMail mail,
        IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var token = AccountMail.NewToken();
        var expires = time.GetUtcNow().UtcDateTime + options.Value.Security.PasswordResetLifetime;
        MemberSignIn? member = null;
        var refused = await ChangeAsync(id, actor, access, db, members, credentials, (u, credential) =>
        {
            member = u;
            credential.PasswordResetHash = AccountMail.HashOf(token);
            credential.PasswordResetExpiresAt = expires;
            audit.Record(new AuditRecord("user.password_reset_issued", "user", u.Id.ToString(), new { expires_at = expires, mailed = mail.IsConfigured }));
        }, time, ct);
        if (refused is not null) return refused;
        var link = mail.Link(http.Request, "reset-password", token);
        if (!mail.IsConfigured) return TypedResults.Ok(new ResetLink(link, null, expires));
        try
        {
            await mail.SendAsync(member!.Email, "reset", ct, member.Username, expires, link);
            return TypedResults.Ok(new ResetLink(null, member.Email, expires));
        }
        // The link is made and works: when the relay fails, the administrator can still hand it over.
        catch (MailNotSentException) { return TypedResults.Ok(new ResetLink(link, null, expires)); }
    }

    public static async Task<Results<Ok<TemporaryPassword>, ProblemHttpResult>> SetTemporary(
        Guid id, CurrentActor actor, AccessService access, GatehouseDb db, IMemberSignIns members, MemberCredentials credentials, PasswordHasher hasher,
        IAuditLog audit, SecurityNotices notices,
        IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var expires = time.GetUtcNow().UtcDateTime + options.Value.Security.TemporaryPasswordLifetime;
        string? password = null;
        var refused = await ChangeAsync(id, actor, access, db, members, credentials, (u, credential) =>
        {
            password = Generate(u);
            credential.PasswordHash = hasher.Hash(password);
            credential.PasswordMustChange = true;
            credential.PasswordExpiresAt = expires;
            audit.Record(new AuditRecord("user.temporary_password_set", "user", u.Id.ToString(), new { expires_at = expires }));
        }, time, ct);
        if (refused is not null) return refused;
        await notices.SendAsync(id, "temporary_password");
        return TypedResults.Ok(new TemporaryPassword(password!, expires));
    }

    private static async Task<ProblemHttpResult?> ChangeAsync(
        Guid id, CurrentActor actor, AccessService access, GatehouseDb db, IMemberSignIns members, MemberCredentials credentials,
        Action<MemberSignIn, MemberCredential> change, TimeProvider time, CancellationToken ct)
    {
        if (id == actor.UserId) return Problems.BadRequest("self", CredentialsText.Get("self.use_me"));
        return await db.WriteAsync<ProblemHttpResult?>(async c =>
        {
            var u = await members.FindAsync(id, c);
            if (u is null || u.DeletedAt is not null) return Problems.NotFound("user");
            var target = await access.ForUserAsync(id, c) ?? throw new InvalidOperationException("The member was just read.");
            if (Hierarchy.CanActOnUser(actor, target) is { } denied) throw Hierarchy.Denied(denied);
            change(u, await credentials.ForWriteAsync(u.Id, c));
            await SessionEnding.EndOthersAsync(db, u.Id, keep: null, "credentials_reset", time, c);
            return null;
        }, ct);
    }

    /// <summary>20 random characters from an unambiguous alphabet, drawn until the password policy accepts them.</summary>
    private static string Generate(MemberSignIn u)
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-";
        while (true)
        {
            var candidate = RandomNumberGenerator.GetString(alphabet, 20);
            if (PasswordPolicy.IsStrongEnough(candidate, u.Username, u.Email)) return candidate;
        }
    }
}
