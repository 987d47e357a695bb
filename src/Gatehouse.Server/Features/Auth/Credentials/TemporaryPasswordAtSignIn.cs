using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>
/// Sign-in with a temporary password (set by an administrator): it must be replaced before any
/// session starts, so the administrator who saw it can never use the account unnoticed.
/// </summary>
public static class TemporaryPasswordAtSignIn
{
    /// <returns>Null when the sign-in may go on (after replacing the password on <paramref name="credential"/> if it was temporary).</returns>
    public static ProblemHttpResult? Apply(MemberSignIn member, MemberCredential credential, string password, string? newPassword, PasswordHasher hasher)
    {
        if (!credential.PasswordMustChange) return null;
        if (newPassword is null) return Problems.Make(403, "password-change-required", CredentialsText.Get("must_change"));
        if (newPassword == password) return Problems.Make(400, "weak-password", CredentialsText.Get("password.same"), Field());
        if (!PasswordPolicy.IsStrongEnough(newPassword, member.Username, member.Email))
            return Problems.Make(400, "weak-password", Messages.Get("password.weak"), Field());
        credential.PasswordHash = hasher.Hash(newPassword);
        credential.PasswordMustChange = false;
        credential.PasswordExpiresAt = null;
        return null;
    }

    private static Dictionary<string, object?> Field() => new() { ["field"] = "new_password" };
}
