using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// Merges the views several nodes hold of one member into the member's presence, with the same
/// rules as one node applies to its sessions (DESIGN §3): online when any node has an active
/// session, idle only when every one is idle; <c>client_status</c> per platform the same way. The
/// chosen status is account-wide and reaches every node; while a change travels, the more private
/// choice wins (invisible, then dnd), so going invisible never shows online for a moment.
/// </summary>
public static class PresenceMerge
{
    private static int Rank(string? status) => status switch
    {
        UserStatuses.Invisible => 4,
        UserStatuses.Dnd => 3,
        UserStatuses.Online => 2,
        UserStatuses.Idle => 1,
        _ => 0,
    };

    private static string? Strongest(IEnumerable<string?> statuses) =>
        statuses.Where(s => s is not null).MaxBy(Rank);

    /// <summary>The merged full view (without a version: the caller gives it one), or an offline view when no node holds a live one.</summary>
    public static PresenceUpdate MergeFull(Guid userId, IReadOnlyList<NodeView> views, PresenceUpdate? lastOffline, long version)
    {
        var live = views.Where(v => !v.Full.IsOffline).ToList();
        if (live.Count == 0)
        {
            var lastSeen = views.Select(v => v.Full.LastSeenAt).Append(lastOffline?.LastSeenAt).Max();
            var roles = views.MaxBy(v => v.Full.Version)?.Full.Roles ?? lastOffline?.Roles ?? [];
            return PresenceUpdate.Offline(userId, roles, lastSeen, version);
        }
        // Message, activity and roles come from the node that changed last (versions carry the wall clock).
        var latest = live.MaxBy(v => v.Full.Version)!.Full;
        var clientStatus = new ClientStatus(
            Strongest(live.Select(v => v.Full.ClientStatus.Web)),
            Strongest(live.Select(v => v.Full.ClientStatus.Desktop)),
            Strongest(live.Select(v => v.Full.ClientStatus.Mobile)));
        return latest with
        {
            Status = Strongest(live.Select(v => (string?)v.Full.Status))!,
            ClientStatus = clientStatus,
            LastSeenAt = live.Max(v => v.Full.LastSeenAt),
            Version = version,
        };
    }

    /// <summary>What observers without presence.see_invisible see of the merged view.</summary>
    public static PresenceUpdate MergePublic(PresenceUpdate full, IReadOnlyList<NodeView> views, PresenceUpdate? lastOffline) =>
        PresenceAggregation.Public(full, views.Select(v => v.Public.LastSeenAt).Append(lastOffline?.LastSeenAt).Max());
}
