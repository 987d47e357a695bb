using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth.TwoFactor;

/// <summary>The second step of sign-in, after a right password: a code from the app or a recovery code, each usable once.</summary>
public static class TwoFactorAtSignIn
{
    /// <returns>Null when the member has no app enrolled or the code is good (and now spent).</returns>
    public static async Task<ProblemHttpResult?> CheckAsync(TwoFactorCheck check, Guid userId, string? code, CancellationToken ct)
    {
        if (await check.EnabledAsync(userId, ct) is null) return null;
        if (string.IsNullOrWhiteSpace(code)) return Problems.Make(401, "two-factor-required", TwoFactorText.Get("required"));
        return await check.SpendAsync(userId, code, allowRecovery: true, ct)
            ? null
            : Problems.Make(401, "invalid-two-factor-code", TwoFactorText.Get("invalid"), new Dictionary<string, object?> { ["field"] = "code" });
    }
}
