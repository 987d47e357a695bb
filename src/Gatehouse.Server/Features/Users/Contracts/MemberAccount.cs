namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// What access decisions need of a member (effective permissions, hierarchy, standing): who they are,
/// whether they are active, their own roles and their per-member overrides. A read model: changing a
/// member goes through <see cref="IMemberWrites"/>.
/// </summary>
/// <param name="RoleIds">The member's own roles (not inherited ones).</param>
public sealed record MemberAccount(
    Guid Id, string Username, bool IsOwner, bool IsDisabled, bool IsBanned, DateTime? BannedUntil, DateTime? DeletedAt,
    IReadOnlyList<string> AllowOverrides, IReadOnlyList<string> DenyOverrides, IReadOnlyList<Guid> RoleIds, int Version)
{
    /// <summary><see cref="MemberStanding"/> at <paramref name="at"/>.</summary>
    public bool IsActive(DateTime at) => MemberStanding.IsActive(DeletedAt, IsDisabled, IsBanned, BannedUntil, at);
}
