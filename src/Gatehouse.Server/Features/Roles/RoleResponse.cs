namespace Gatehouse.Server.Features.Roles;

/// <summary>A role as the API shows it. <c>permissions</c> are allowed, <c>denied_permissions</c> denied.</summary>
public sealed record RoleResponse(
    Guid Id, string Name, string? Description, string? Color, string? Icon, int Priority,
    IReadOnlyList<string> Permissions, IReadOnlyList<string> DeniedPermissions, IReadOnlyList<Guid> Inherits,
    bool IsSystem, bool Hoist, int MemberCount, DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    public static RoleResponse Of(Role r, int memberCount) => new(
        r.Id, r.Name, r.Description, r.Color, r.Icon, r.Priority, r.Allow, r.Deny, r.Inherits,
        r.IsSystem, r.Hoist, memberCount, r.CreatedAt, r.UpdatedAt, r.Version);
}
