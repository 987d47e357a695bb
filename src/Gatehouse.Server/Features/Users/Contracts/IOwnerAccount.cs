namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>The owner account, for the features that set Gatehouse up (first-run set-up, configuration, the demo).</summary>
public interface IOwnerAccount
{
    /// <summary>Whether the owner exists (set-up is done).</summary>
    Task<bool> ExistsAsync(CancellationToken ct);

    /// <summary>
    /// Creates the owner (the admin role, never demoted, banned or deleted) in the caller's transaction; the caller
    /// audits how set-up happened. The caller has checked the fields and that the username and e-mail are free.
    /// </summary>
    /// <param name="passwordHash">Already hashed by the caller.</param>
    /// <returns>The owner's id.</returns>
    Task<Guid> CreateAsync(string username, string email, string? displayName, string passwordHash, CancellationToken ct);
}
