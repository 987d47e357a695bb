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
    /// Stores a member's chosen status, message and expiry on their row, checking the actor may act
    /// on them (hierarchy, owner; 404 for an unknown member). A change bumps the version and is
    /// audited as <c>user.status_set</c>; the caller records the presence event. A no-op writes nothing.
    /// </summary>
    Task<MemberStatusWrite> SetChosenStatusAsync(Guid userId, string status, string? message, DateTime? expiresAt, CurrentActor actor, CancellationToken ct);
}

/// <param name="Changed">False when the row already held these values (nothing was written).</param>
/// <param name="RoleIds">The member's roles, for presence role filters.</param>
public sealed record MemberStatusWrite(bool Changed, DateTime? LastSeenAt, Guid[] RoleIds);
