using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// Checks a signed-in member's current password before a credential change or a step-up. Wrong
/// guesses count in the sign-in throttle like failed sign-ins, so a stolen access token cannot be
/// used to guess the password faster than the sign-in page allows.
/// </summary>
public sealed class PasswordProof(PasswordHasher hasher, ISignInThrottle throttle)
{
    /// <param name="credential">The member's secrets (null when none was ever set).</param>
    /// <returns>Null when the password is right; otherwise the problem to answer (403 wrong-password, 429 account-locked).</returns>
    public async Task<ProblemHttpResult?> CheckAsync(MemberSignIn member, MemberCredential? credential, string? password, HttpContext http, CancellationToken ct)
    {
        var ip = ClientInfo.Ip(http);
        if (await throttle.LockedForAsync(member.EmailNormalized ?? member.Id.ToString(), ip, ct) is var locked && locked > TimeSpan.Zero)
        {
            var wait = (int)Math.Ceiling(locked.TotalSeconds);
            http.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problems.Make(429, "account-locked", Messages.Get("login.locked", wait), new Dictionary<string, object?> { ["retry_after_seconds"] = wait });
        }
        if (credential?.PasswordHash is not { } hash) return Problems.Forbidden("no-password", CredentialsText.Get("no_password"));
        if (password is null || !hasher.Verify(password, hash))
        {
            await throttle.RegisterFailureAsync(member.EmailNormalized ?? member.Id.ToString(), ip, ct);
            return Problems.Make(403, "wrong-password", CredentialsText.Get("current.wrong"), new Dictionary<string, object?> { ["field"] = "current_password" });
        }
        return null;
    }
}
