using Gatehouse.Server.Features.Roles.Contracts;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>A role as shown on a member: enough to draw its chip.</summary>
public sealed record RoleChip(Guid Id, string Name, string? Color, int Priority, bool Hoist)
{
    /// <summary>
    /// Highest priority first; roles of equal priority by name, as the role list orders them, so a member's chips come
    /// in the same order wherever they are shown and whichever read gave their roles (the rows, or the search copy).
    /// </summary>
    public static List<RoleChip> InOrder(IEnumerable<RoleChip> chips) =>
        [.. chips.OrderByDescending(c => c.Priority).ThenBy(c => c.Name.ToUpperInvariant(), StringComparer.Ordinal)];
}

/// <summary>A member as the API shows it. <c>status</c> is the live presence; <c>chosen_status</c> what the member picked.</summary>
/// <param name="PasswordSetup">Only in the answer to creating a member without a password: how the member gets to choose one.</param>
/// <param name="ExternalId">The site's own id for a member the site created (with <c>external_source</c>, the site's name).</param>
/// <param name="DeletedAt">Set on a deleted (restorable) member, shown only where deleted members are asked for.</param>
/// <param name="LeftAt">Set when the member left by themselves.</param>
/// <param name="JoinedViaInvite">The invite code that brought the member in.</param>
/// <param name="AllowOverrides">Per-member allow grants, as written (they decide before roles; see the permission explainer).</param>
/// <param name="DenyOverrides">Per-member deny grants, as written (deny beats allow).</param>
public sealed record UserResponse(
    Guid Id, string Username, string DisplayName, string Email, string? AvatarUrl, string Status, string? StatusMessage,
    string? ActivityName, DateTime? LastSeenAt, IReadOnlyList<RoleChip> Roles, IReadOnlyList<string> Tags,
    DateTime CreatedAt, DateTime UpdatedAt, bool IsBanned, bool IsDisabled, string? DisabledReason, bool IsOwner,
    int Version, string ChosenStatus, IReadOnlyList<string>? Permissions = null, string? ExternalId = null, string? ExternalSource = null,
    DateTime? DeletedAt = null, DateTime? LeftAt = null, string? JoinedViaInvite = null,
    PasswordSetup? PasswordSetup = null, IReadOnlyList<string>? AllowOverrides = null, IReadOnlyList<string>? DenyOverrides = null)
{
    public static UserResponse Of(User u, RoleDirectory roles, IReadOnlyList<string>? permissions = null) => new(
        // Offline until LiveStatuses says otherwise: never claim a presence nobody checked.
        u.Id, u.Username, u.DisplayName, u.Email, u.AvatarUrl, UserStatuses.Offline, u.StatusMessage, u.ActivityName, u.LastSeenAt,
        ChipsOf(u.Roles, roles), u.Tags, u.CreatedAt, u.UpdatedAt, u.IsBanned, u.IsDisabled, u.DisabledReason, u.IsOwner, u.Version, u.Status, permissions,
        u.ExternalId, u.ExternalSource, u.DeletedAt, u.LeftAt, u.JoinedViaInvite,
        AllowOverrides: CopyOf(u.AllowOverrides), DenyOverrides: CopyOf(u.DenyOverrides));

    // A page of search results makes fifty of these per request: plain loops, and no copies of empty lists.
    private static IReadOnlyList<RoleChip> ChipsOf(List<UserRole> held, RoleDirectory roles)
    {
        var chips = new List<RoleChip>(held.Count);
        foreach (var r in held)
            if (roles.ById.TryGetValue(r.RoleId, out var role)) chips.Add(new RoleChip(role.Id, role.Name, role.Color, role.Priority, role.Hoist));
        return chips.Count > 1 ? RoleChip.InOrder(chips) : chips;
    }

    private static IReadOnlyList<string> CopyOf(List<string> grants) => grants.Count == 0 ? [] : [.. grants];
}

/// <summary>How a member created without a password chooses one: a one-time link, mailed to them or handed to the administrator.</summary>
/// <param name="SetPasswordUrl">Hand this to the member (one use); null when it was mailed to them.</param>
/// <param name="MailedTo">The member's address the link went to; null when SMTP is not configured or the relay failed.</param>
public sealed record PasswordSetup(string? SetPasswordUrl, string? MailedTo, DateTime ExpiresAt);
