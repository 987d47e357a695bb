namespace Gatehouse.Server.Features.Users;

/// <summary>The fields of a member that audit diffs compare (never secrets).</summary>
public sealed record UserAuditView(
    string Username, string DisplayName, string Email, string? AvatarUrl, string Status, string? StatusMessage,
    IReadOnlyList<string> Roles, IReadOnlyList<string> Tags, IReadOnlyList<string> AllowOverrides,
    IReadOnlyList<string> DenyOverrides, bool IsDisabled, bool IsBanned, DateTime? DeletedAt, string? ExternalId = null)
{
    public static UserAuditView Of(User u, Roles.Contracts.RoleDirectory roles) => new(
        u.Username, u.DisplayName, u.Email, u.AvatarUrl, u.Status, u.StatusMessage,
        [.. u.Roles.Select(r => roles.ById.TryGetValue(r.RoleId, out var role) ? role.Name : r.RoleId.ToString()).Order(StringComparer.Ordinal)],
        [.. u.Tags], [.. u.AllowOverrides], [.. u.DenyOverrides], u.IsDisabled, u.IsBanned, u.DeletedAt, u.ExternalId);

    /// <summary>
    /// Value equality, lists included: a record compares list members by reference, so two views of
    /// the same state would differ and every no-op write would look like a change. Role and grant
    /// lists are sets (order does not matter); tags keep their order (the member sees it).
    /// </summary>
    public bool Equals(UserAuditView? other) =>
        other is not null
        && Username == other.Username && DisplayName == other.DisplayName && Email == other.Email
        && AvatarUrl == other.AvatarUrl && Status == other.Status && StatusMessage == other.StatusMessage
        && IsDisabled == other.IsDisabled && IsBanned == other.IsBanned && DeletedAt == other.DeletedAt && ExternalId == other.ExternalId
        && SameSet(Roles, other.Roles) && Tags.SequenceEqual(other.Tags)
        && SameSet(AllowOverrides, other.AllowOverrides) && SameSet(DenyOverrides, other.DenyOverrides);

    public override int GetHashCode() => HashCode.Combine(Username, Email, Roles.Count, Tags.Count);

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal));
}
