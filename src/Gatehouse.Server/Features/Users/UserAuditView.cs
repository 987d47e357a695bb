namespace Gatehouse.Server.Features.Users;

/// <summary>The fields of a member that audit diffs compare (never secrets).</summary>
public sealed record UserAuditView(
    string Username, string DisplayName, string Email, string? AvatarUrl, string Status, string? StatusMessage,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Tags, IReadOnlyList<string> AllowOverrides,
    IReadOnlyList<string> DenyOverrides, bool IsDisabled, bool IsBanned, DateTime? DeletedAt)
{
    public static UserAuditView Of(User u, Roles.RoleDirectory roles) => new(
        u.Username, u.DisplayName, u.Email, u.AvatarUrl, u.Status, u.StatusMessage,
        [.. u.Roles.Select(r => roles.ById.TryGetValue(r.RoleId, out var role) ? role.Name : r.RoleId.ToString()).Order(StringComparer.Ordinal)],
        [.. u.Tags], [.. u.AllowOverrides], [.. u.DenyOverrides], u.IsDisabled, u.IsBanned, u.DeletedAt);
}
