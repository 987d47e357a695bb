using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// What a live member list shows of a member besides presence: the name, the avatar and the roles
/// (their chips give the name its colour). The same fields as on a member (<c>UserResponse</c>), so a
/// client can keep both in one cache.
/// </summary>
/// <param name="Roles">Highest priority first, as on a member.</param>
public sealed record PresenceMember(Guid Id, string Username, string DisplayName, string? AvatarUrl, IReadOnlyList<RoleChip> Roles);
