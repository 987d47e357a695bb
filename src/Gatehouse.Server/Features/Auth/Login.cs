using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Auth.Credentials;
using Gatehouse.Server.Features.Auth.TwoFactor;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

public static class Login
{
    /// <summary>Sign-in with e-mail and password.</summary>
    /// <param name="Email">The account's e-mail (case does not matter).</param>
    /// <param name="Password">The account's password.</param>
    /// <param name="RefreshInBody">API clients set this to get the refresh token in the body instead of a cookie.</param>
    /// <param name="NewPassword">Replaces a temporary password (answer <c>password-change-required</c>) in the same sign-in.</param>
    /// <param name="Code">With two-factor sign-in on: a 6-digit code from the app, or a recovery code (answer <c>two-factor-required</c> without it).</param>
    public sealed record Request(string? Email, string? Password, bool RefreshInBody = false, string? NewPassword = null, string? Code = null);

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Request request, HttpContext http, GatehouseDb db, PasswordHasher hasher, RefreshTokens refresh,
        TokenService tokens, IAuditLog audit, ISignInThrottle throttle, IMemberSanctions sanctions, TwoFactorCheck twoFactor,
        IMemberReturns returns, IMemberSignIns signIns, SecurityNotices notices, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("email", request.Email).Required("password", request.Password)
            .MaxLength("email", request.Email, 254).MaxLength("password", request.Password, PasswordPolicy.MaxLength)
            .MaxLength("new_password", request.NewPassword, PasswordPolicy.MaxLength).MaxLength("code", request.Code, 32);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var email = MemberEmails.Normalize(request.Email!);
        var ip = ClientInfo.Ip(http);

        // Locks and slow-downs are keyed by the typed e-mail, before looking it up: an unknown
        // e-mail answers exactly like a real one, and a lock never says whether the account exists.
        // While this source is locked, only the password together with a good authenticator code goes
        // through (the member's way past a stranger's lock); every other attempt gets the lock's answer.
        var locked = await throttle.LockedForAsync(email, ip, ct) > TimeSpan.Zero;
        async Task<ProblemHttpResult> LockedAsync()
        {
            var wait = (int)Math.Ceiling(Math.Max((await throttle.LockedForAsync(email, ip, ct)).TotalSeconds, 1));
            await audit.RecordAloneAsync(Attempt(null, request.Email!, AuditResults.Fail, "locked"), ct);
            http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Make(429, "account-locked", Messages.Get("login.locked", wait),
                new Dictionary<string, object?> { ["retry_after_seconds"] = wait });
        }
        if (locked && string.IsNullOrWhiteSpace(request.Code)) return await LockedAsync();
        await throttle.SlowDownAsync(email, ct);

        var user = await signIns.FindByEmailAsync(request.Email!, ct);
        // The return path: a member who left signs in again within the return window and comes back.
        var returning = user is null ? await returns.FindReturningMemberAsync(request.Email!, request.Password!, ct) : null;
        if (returning is { } returningId) user = await signIns.FindAsync(returningId, ct);
        if (user is null)
        {
            hasher.BurnTime(request.Password!);
            await throttle.RegisterFailureAsync(email, ip, ct);
            if (locked) return await LockedAsync();
            await audit.RecordAloneAsync(Attempt(null, request.Email!, AuditResults.Fail, "unknown_email"), ct);
            return Invalid();
        }

        // Tracked: a temporary password replaced in this sign-in is saved with the session.
        var credential = await db.Set<MemberCredential>().FirstOrDefaultAsync(c => c.UserId == user.Id, ct);
        if (credential?.PasswordHash is not { } hash || !hasher.Verify(request.Password!, hash))
        {
            await throttle.RegisterFailureAsync(email, ip, ct);
            if (locked) return await LockedAsync();
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, "wrong_password"), ct);
            return Invalid();
        }
        // Past the lock, nothing but a second factor: without one enrolled the lock holds, and a wrong code extends it.
        if (locked && await twoFactor.EnabledAsync(user.Id, ct) is null) return await LockedAsync();
        if (credential.PasswordExpired(time.GetUtcNow().UtcDateTime))
        {
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, "temporary_password_expired"), ct);
            return Invalid();
        }

        // Only a caller who knows the password learns that the account is disabled or banned.
        if (user.IsBanned || user.IsDisabled)
        {
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, user.IsBanned ? "banned" : "disabled"), ct);
            return user.IsBanned
                ? await BannedAsync(sanctions, user.Id, ct)
                : Problems.Forbidden("account-disabled", Messages.Get("login.disabled", user.DisabledReason is { } r ? $" ({r})" : ""));
        }

        if (await TwoFactorAtSignIn.CheckAsync(twoFactor, user.Id, request.Code, ct) is { } second)
        {
            if (request.Code is not null) await throttle.RegisterFailureAsync(email, ip, ct);
            if (locked) return await LockedAsync();
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, second.ProblemDetails.Type?.Split('/')[^1]), ct);
            return second;
        }

        var mustChange = credential.PasswordMustChange;
        if (TemporaryPasswordAtSignIn.Apply(user, credential, request.Password!, request.NewPassword, hasher) is { } change)
        {
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, change.ProblemDetails.Type?.Split('/')[^1]), ct);
            return change;
        }
        if (mustChange) audit.Record(new AuditRecord("auth.password_changed", "user", user.Id.ToString(), new { reason = "temporary_password_replaced" }, ActorUserId: user.Id));

        await throttle.RegisterSuccessAsync(email, ip, ct);
        if (user.DeletedAt is not null) await returns.ReturnLeftMemberAsync(user.Id, "sign_in", ct);
        var (session, token) = refresh.StartSession(user.Id, ip, ClientInfo.UserAgent(http));
        audit.Record(Attempt(user.Id, request.Email!, AuditResults.Success, null));
        await db.SaveChangesAsync(ct);
        if (mustChange) await notices.SendAsync(user.Id, "password_changed");

        var (access, expiresIn) = await tokens.IssueAccessTokenAsync(user.Id, session.Id, ct);
        if (!request.RefreshInBody) AuthCookies.Set(http, token, session.ExpiresAt);
        return TypedResults.Ok(new TokenResponse(access, "Bearer", expiresIn, request.RefreshInBody ? token : null));
    }

    /// <summary>The member learns why and until when (from moderation), or the bare fact when no ban record says more.</summary>
    private static async Task<ProblemHttpResult> BannedAsync(IMemberSanctions sanctions, Guid userId, CancellationToken ct) =>
        await sanctions.ActiveBanAsync(userId, ct) is { } ban
            ? Problems.Make(403, "account-banned", ban.Describe(), new Dictionary<string, object?> { ["until"] = ban.Until, ["reason"] = ban.Reason })
            : Problems.Forbidden("account-banned", Messages.Get("login.banned"));

    private static ProblemHttpResult Invalid() => Problems.Make(401, "invalid-credentials", Messages.Get("login.invalid"));

    private static AuditRecord Attempt(Guid? userId, string email, string result, string? reason) =>
        new("auth.login", "user", userId?.ToString(), new { email, reason }, result, userId);
}
