using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// What other features may change about members. Every change goes through the member write path
/// in the caller's transaction: version bump, audit entry and domain event per member changed.
/// </summary>
public interface IMemberWrites
{
    /// <summary>Members holding the role (deleted ones included: they keep their rows).</summary>
    Task<int> CountRoleHoldersAsync(Guid roleId, CancellationToken ct);

    /// <summary>
    /// Takes the role from every holder and gives them <paramref name="toRoleId"/> instead (if they
    /// lack it). The last-administrator rule is the caller's to check once for the whole move.
    /// </summary>
    /// <returns>How many members changed.</returns>
    Task<int> MoveRoleHoldersAsync(Guid fromRoleId, Guid? toRoleId, CancellationToken ct);

    /// <summary>
    /// Finds the member a site knows as (<see cref="SiteProfile.Source"/>, <see cref="SiteProfile.ExternalId"/>)
    /// and brings their profile in step, or creates them when <paramref name="createIfMissing"/> allows it.
    /// A banned or disabled member is reported, not changed. Validation and hierarchy failures throw
    /// <c>RuleViolation</c> (400, 403, 409) naming what is wrong.
    /// </summary>
    Task<SiteMemberResult> SyncSiteMemberAsync(SiteProfile profile, bool createIfMissing, CancellationToken ct);

    /// <summary>
    /// Changes a member's e-mail through the write path (audit diff, event, version), in the
    /// caller's transaction. Throws a 409 duplicate rule violation when another account has it.
    /// </summary>
    /// <returns>False when the address is already the member's (nothing written).</returns>
    Task<bool> ChangeEmailAsync(Guid userId, string email, CancellationToken ct);

    /// <summary>
    /// Stores a member's chosen status, message and expiry on their row, checking the actor may act
    /// on them (hierarchy, owner; 404 for an unknown member). A change bumps the version and is
    /// audited as <c>user.status_set</c>; the caller records the presence event. A no-op writes nothing.
    /// </summary>
    Task<MemberStatusWrite> SetChosenStatusAsync(Guid userId, string status, string? message, DateTime? expiresAt, CurrentActor actor, CancellationToken ct);

    /// <summary>
    /// Creates a member who signed in with a single sign-on provider (no password), with the given
    /// roles, in the caller's transaction (audit entry and event). A taken username gets a number added.
    /// </summary>
    Task<Guid> CreateSignOnMemberAsync(string username, string displayName, string email, IReadOnlyCollection<Guid> roleIds, CancellationToken ct);

    /// <summary>
    /// Keeps the roles a provider's group mapping manages in step with the groups the member has there:
    /// of <paramref name="managed"/>, the member holds exactly <paramref name="wanted"/>; other roles are
    /// left alone, and the owner's roles never change. Audited as <c>user.roles_changed</c> when anything moved.
    /// </summary>
    Task<bool> SyncMappedRolesAsync(Guid userId, IReadOnlySet<Guid> managed, IReadOnlySet<Guid> wanted, CancellationToken ct);

    /// <summary>
    /// Gives or takes one role or tag from each member, in the caller's transaction, through the write
    /// path (version, audit entry naming the automatic actor, event). Members who already are as asked,
    /// deleted members and the owner are left alone; a member who would lose the last administrator
    /// grant is refused (<c>RuleViolation</c>).
    /// </summary>
    /// <returns>The members who changed.</returns>
    Task<IReadOnlyList<Guid>> ApplyAutomaticChangeAsync(IReadOnlyCollection<Guid> userIds, AutomaticChange change, CancellationToken ct);

    /// <summary>
    /// The same change over a batch of members, set-based: one read of the batch, one version-checked
    /// update per group of members sharing a version (and tags), bulk role rows, and still one audit
    /// entry (the automatic actor named) and one domain event per member changed, all in the caller's
    /// transaction, so a batch commits whole or not at all. No-op, deleted and owner members are left
    /// alone. A member changed concurrently fails the batch (<c>DbUpdateConcurrencyException</c>); a batch
    /// that would take administrator from someone goes member by member through the last-administrator rule.
    /// </summary>
    /// <returns>The members who changed.</returns>
    Task<IReadOnlyList<Guid>> ApplyAutomaticChangesAsync(AutomaticChangeBatch batch, CancellationToken ct);
}

/// <summary>One automatic change for many members (a chunk of a rule's pass).</summary>
public sealed record AutomaticChangeBatch(IReadOnlyCollection<Guid> UserIds, AutomaticChange Change);

/// <param name="Changed">False when the row already held these values (nothing was written).</param>
/// <param name="RoleIds">The member's roles, for presence role filters.</param>
public sealed record MemberStatusWrite(bool Changed, DateTime? LastSeenAt, Guid[] RoleIds);
