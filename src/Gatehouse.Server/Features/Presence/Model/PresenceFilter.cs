using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// Which users an observer watches. Every part is optional and they combine with AND. An event
/// is delivered when the user matched before or after the change, so a user leaving the view
/// sends one last event (its new status tells the client to drop them).
/// </summary>
public sealed class PresenceFilter
{
    public static readonly PresenceFilter Everyone = new(null, null, null, false);

    public PresenceFilter(IReadOnlyCollection<Guid>? roleIds, IReadOnlyCollection<string>? statuses, IReadOnlyCollection<Guid>? userIds, bool excludeOffline)
    {
        RoleIds = roleIds is { Count: > 0 } ? [.. roleIds] : null;
        Statuses = statuses is { Count: > 0 } ? [.. statuses] : null;
        UserIds = userIds is { Count: > 0 } ? [.. userIds] : null;
        ExcludeOffline = excludeOffline;
    }

    public HashSet<Guid>? RoleIds { get; }
    public HashSet<string>? Statuses { get; }
    public HashSet<Guid>? UserIds { get; }
    public bool ExcludeOffline { get; }

    /// <summary>Whether an offline user can ever match (decides whether a snapshot needs the database).</summary>
    public bool IncludesOffline => !ExcludeOffline && (Statuses is null || Statuses.Contains(UserStatuses.Offline));

    public bool MatchesUser(Guid userId, IReadOnlyList<Guid> roles)
    {
        if (UserIds is not null && !UserIds.Contains(userId)) return false;
        if (RoleIds is null) return true;
        foreach (var role in roles)
            if (RoleIds.Contains(role)) return true;
        return false;
    }

    public bool MatchesStatus(string status) =>
        !(ExcludeOffline && status == UserStatuses.Offline) && (Statuses is null || Statuses.Contains(status));

    public bool Matches(PresenceUpdate view) => MatchesStatus(view.Status) && MatchesUser(view.UserId, view.Roles);

    /// <summary>A stable text of the filter, so a paging cursor cannot be replayed against another filter.</summary>
    public string Shape =>
        $"{Join(RoleIds)}|{Join(Statuses)}|{Join(UserIds)}|{ExcludeOffline}";

    private static string Join<T>(IEnumerable<T>? values) => values is null ? "" : string.Join(',', values.Select(v => v!.ToString()).Order(StringComparer.Ordinal));
}
