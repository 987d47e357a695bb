using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// What moderation reads and changes of a member's standing. The ban flag on the member's row is what
/// sign-in and <see cref="MemberStanding"/> look at; moderation keeps the sanction itself, its audit entry
/// and its event, so setting the flag bumps the member's version and nothing more.
/// </summary>
public interface IMemberStanding
{
    /// <summary>Whether the member exists and is not deleted.</summary>
    Task<bool> IsMemberAsync(Guid userId, CancellationToken ct);

    /// <summary>
    /// The member about to be sanctioned (or have a sanction lifted), loaded in the caller's transaction, after checking
    /// the actor may act on them: 404 for an unknown or deleted member, 403 below the actor's rank (<c>RuleViolation</c>).
    /// </summary>
    Task<MemberBanState> LoadForSanctionAsync(Guid userId, CurrentActor actor, CancellationToken ct);

    /// <summary>
    /// Bans the member until <paramref name="until"/> (null: for good), or lifts the ban, on their row, in the caller's
    /// transaction. Updated at <paramref name="now"/>, version bumped; nothing written when the row already says so.
    /// </summary>
    /// <returns>Whether the row changed.</returns>
    Task<bool> SetBanAsync(Guid userId, bool banned, DateTime? until, DateTime now, CancellationToken ct);

    /// <summary>Lifts the ban flag of each of these members still flagged (their bans ran out).</summary>
    Task LiftBansAsync(IReadOnlyCollection<Guid> userIds, DateTime now, CancellationToken ct);
}

/// <param name="BannedUntil">With <paramref name="IsBanned"/>, when the ban ends (null: permanent).</param>
public sealed record MemberBanState(Guid Id, bool IsOwner, bool IsBanned, DateTime? BannedUntil);
