namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// What signing in needs of a member: who they are and whether they may come in. The Auth feature keeps
/// the secrets (password, reset and e-mail-change tokens) itself; this is the member row's side.
/// </summary>
public interface IMemberSignIns
{
    /// <summary>The member (not deleted) who signs in with this e-mail, case ignored; null when none.</summary>
    Task<MemberSignIn?> FindByEmailAsync(string email, CancellationToken ct);

    /// <summary>The member, deleted ones included; null when unknown.</summary>
    Task<MemberSignIn?> FindAsync(Guid userId, CancellationToken ct);
}

/// <param name="EmailNormalized">The sign-in name as compared (null when the member has no e-mail).</param>
/// <param name="BannedUntil">With <paramref name="IsBanned"/>, when the ban ends (null: permanent).</param>
public sealed record MemberSignIn(
    Guid Id, string Username, string Email, string? EmailNormalized, bool IsDisabled, string? DisabledReason, bool IsBanned, DateTime? BannedUntil,
    DateTime? DeletedAt)
{
    /// <summary><see cref="MemberStanding"/> at <paramref name="at"/>.</summary>
    public bool IsActive(DateTime at) => MemberStanding.IsActive(DeletedAt, IsDisabled, IsBanned, BannedUntil, at);
}

/// <summary>How e-mails compare: trimmed and upper-cased, so uniqueness and sign-in ignore case.</summary>
public static class MemberEmails
{
    public static string Normalize(string email) => email.Trim().ToUpperInvariant();
}
