namespace Gatehouse.Server.Features.Auth.Contracts;

/// <summary>
/// What other features may know and set of a member's sign-in secrets, which the Auth feature keeps in a
/// table of its own. Writes join the caller's unit of work (the scoped context), so a member and their
/// first password are saved by the same <c>SaveChanges</c>, in one transaction.
/// </summary>
public interface IMemberCredentials
{
    /// <summary>Gives a member being created their first password (already hashed by the caller).</summary>
    void AddPassword(Guid userId, string passwordHash);

    /// <summary>Gives a member being created without a password a one-time link to choose one (the token's hash) until <paramref name="expiresAt"/>.</summary>
    void AddPasswordSetup(Guid userId, string tokenHash, DateTime expiresAt);

    /// <summary>Whether the member has a password (single sign-on members may have none).</summary>
    Task<bool> HasPasswordAsync(Guid userId, CancellationToken ct);

    /// <summary>Whether <paramref name="password"/> is the member's password (false when they have none).</summary>
    Task<bool> PasswordMatchesAsync(Guid userId, string password, CancellationToken ct);
}
