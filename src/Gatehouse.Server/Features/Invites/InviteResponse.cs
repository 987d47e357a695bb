using Gatehouse.Server.Features.Roles.Contracts;

namespace Gatehouse.Server.Features.Invites;

/// <summary>An invite as its managers see it.</summary>
/// <param name="Code">Goes in the link <c>/invite/{code}</c>.</param>
/// <param name="State">active, revoked, expired or used_up.</param>
/// <param name="CreatedBy">The creator's username (null if the account is gone).</param>
public sealed record InviteResponse(
    Guid Id, string Code, string State, string? Note, int? MaxUses, int Uses, DateTime? ExpiresAt, IReadOnlyList<RoleRef> Roles,
    Guid CreatedById, string? CreatedBy, DateTime CreatedAt, DateTime? RevokedAt)
{
    public static InviteResponse Of(Invite i, RoleDirectory roles, string? createdBy, DateTime now) => new(
        i.Id, i.Code, i.Unusable(now) ?? InviteStates.Active, i.Note, i.MaxUses, i.Uses, i.ExpiresAt,
        AssignableRoles.Describe(roles, i.RoleIds), i.CreatedByUserId, createdBy, i.CreatedAt, i.RevokedAt);
}
