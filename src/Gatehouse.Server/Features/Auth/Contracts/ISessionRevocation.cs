namespace Gatehouse.Server.Features.Auth.Contracts;

/// <summary>
/// Ends a member's sign-in sessions, for features whose decisions shut a member out (disable, delete,
/// leave, kick, ban). Runs in the caller's transaction.
/// </summary>
public interface ISessionRevocation
{
    /// <summary>Revokes every open session (and so every refresh token) of the member, recording <paramref name="reason"/>.</summary>
    Task RevokeAllAsync(Guid userId, string reason, CancellationToken ct);
}
