namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// How people come in through an invite and come back after leaving. Every change goes through the
/// member write path in the caller's transaction (version, audit entry, domain event).
/// </summary>
public interface IMemberReturns
{
    /// <summary>
    /// A person who accepted an invite gets an account with the default role plus <paramref name="roleIds"/>,
    /// recording <paramref name="inviteCode"/> as "joined via". The caller has checked the fields; a taken
    /// username or e-mail (deleted members included) throws a 409 duplicate naming the field.
    /// </summary>
    Task<Guid> CreateInvitedMemberAsync(InvitedMember person, IReadOnlyCollection<Guid> roleIds, string inviteCode, CancellationToken ct);

    /// <summary>The member who left with this e-mail, still within the return window, whose password is <paramref name="password"/>; null otherwise.</summary>
    Task<Guid?> FindReturningMemberAsync(string email, string password, CancellationToken ct);

    /// <summary>
    /// Brings back a member who left: their profile is live again; their previous roles come back only when
    /// the community says so (<c>Gatehouse:Users:RestoreRolesOnReturn</c>), otherwise they hold the default role.
    /// Audited as <c>user.returned</c> with <paramref name="via"/> either way.
    /// </summary>
    Task<MemberReturn> ReturnLeftMemberAsync(Guid userId, string via, CancellationToken ct);

    /// <summary>Adds the invite's roles the member lacks (audited as <c>user.roles_changed</c> naming the invite).</summary>
    /// <returns>False when the member held them all (nothing written).</returns>
    Task<bool> GrantInviteRolesAsync(Guid userId, IReadOnlyCollection<Guid> roleIds, string inviteCode, CancellationToken ct);
}

/// <param name="PasswordHash">Already hashed by the caller.</param>
public sealed record InvitedMember(string Username, string Email, string? DisplayName, string PasswordHash);

/// <param name="RolesRestored">Whether the member got their previous roles back.</param>
public sealed record MemberReturn(Guid UserId, bool RolesRestored);
