using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth;

public static class Login
{
    /// <summary>Sign-in with e-mail and password.</summary>
    /// <param name="Email">The account's e-mail (case does not matter).</param>
    /// <param name="Password">The account's password.</param>
    /// <param name="RefreshInBody">API clients set this to get the refresh token in the body instead of a cookie.</param>
    public sealed record Request(string? Email, string? Password, bool RefreshInBody = false);

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> Handle(
        Request request, HttpContext http, GatehouseDb db, PasswordHasher hasher, RefreshTokens refresh,
        TokenService tokens, IAuditLog audit, IOptions<GatehouseOptions> options, IMemberSanctions sanctions, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().Required("email", request.Email).Required("password", request.Password)
            .MaxLength("email", request.Email, 254).MaxLength("password", request.Password, PasswordPolicy.MaxLength);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var email = User.NormalizeEmail(request.Email!);
        var user = await db.Users.FirstOrDefaultAsync(u => u.EmailNormalized == email && u.DeletedAt == null, ct);

        if (user is null)
        {
            hasher.BurnTime(request.Password!);
            await audit.RecordAloneAsync(Attempt(null, request.Email!, AuditResults.Fail, "unknown_email"), ct);
            return Invalid();
        }

        if (user.LockedUntil > now)
        {
            var wait = (int)Math.Ceiling((user.LockedUntil.Value - now).TotalSeconds);
            await audit.RecordAloneAsync(Attempt(user.Id, request.Email!, AuditResults.Fail, "locked"), ct);
            http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Make(429, "account-locked", Messages.Get("login.locked", wait),
                new Dictionary<string, object?> { ["retry_after_seconds"] = wait });
        }

        if (user.PasswordHash is null || !hasher.Verify(request.Password!, user.PasswordHash))
        {
            RegisterFailure(user, now, options.Value.Security);
            audit.Record(Attempt(user.Id, request.Email!, AuditResults.Fail, "wrong_password"));
            await db.SaveChangesAsync(ct);
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

        user.FailedLogins = 0;
        user.LockedUntil = null;
        var (session, token) = refresh.StartSession(user.Id, ClientInfo.Ip(http), ClientInfo.UserAgent(http));
        audit.Record(Attempt(user.Id, request.Email!, AuditResults.Success, null));
        await db.SaveChangesAsync(ct);

        var (access, expiresIn) = await tokens.IssueAccessTokenAsync(user.Id, session.Id, ct);
        if (!request.RefreshInBody) AuthCookies.Set(http, token, session.ExpiresAt);
        return TypedResults.Ok(new TokenResponse(access, "Bearer", expiresIn, request.RefreshInBody ? token : null));
    }

    /// <summary>Progressive lockout: from the threshold on, each failure doubles the lock, up to the cap.</summary>
    internal static void RegisterFailure(User user, DateTime now, SecurityOptions s)
    {
        user.FailedLogins++;
        if (user.FailedLogins < s.LockoutThreshold) return;
        var doublings = Math.Min(user.FailedLogins - s.LockoutThreshold, 16);
        var lockFor = TimeSpan.FromTicks(Math.Min(s.LockoutBase.Ticks * (1L << doublings), s.LockoutMax.Ticks));
        user.LockedUntil = now + lockFor;
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
