using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// The aggregation rules of DESIGN §3, as pure functions: the chosen status is account-wide;
/// idle is per session and the user is idle only when every session is; <c>client_status</c>
/// applies the same rule per platform; invisible looks exactly like offline to observers
/// without presence.see_invisible.
/// </summary>
public static class PresenceAggregation
{
    /// <summary>The status shown for a set of sessions where <paramref name="anyActive"/> says whether one is not idle.</summary>
    public static string StatusOf(ChosenStatus chosen, bool anyActive) => chosen switch
    {
        ChosenStatus.Invisible => UserStatuses.Invisible,
        ChosenStatus.Dnd => UserStatuses.Dnd,
        ChosenStatus.Idle => UserStatuses.Idle,
        _ => anyActive ? UserStatuses.Online : UserStatuses.Idle,
    };

    /// <summary>Status and per-platform status of a user with at least one session.</summary>
    public static (string Status, ClientStatus ClientStatus) Aggregate(ChosenStatus chosen, ReadOnlySpan<GatewaySession> sessions)
    {
        // Three platforms, two flags each, in plain locals: this runs on every change and allocates nothing but the result.
        bool webSeen = false, webActive = false, desktopSeen = false, desktopActive = false, mobileSeen = false, mobileActive = false;
        foreach (var s in sessions)
        {
            var active = !s.Idle;
            switch (s.Platform)
            {
                case ClientPlatform.Web: webSeen = true; webActive |= active; break;
                case ClientPlatform.Desktop: desktopSeen = true; desktopActive |= active; break;
                default: mobileSeen = true; mobileActive |= active; break;
            }
        }
        var clientStatus = new ClientStatus(
            webSeen ? StatusOf(chosen, webActive) : null,
            desktopSeen ? StatusOf(chosen, desktopActive) : null,
            mobileSeen ? StatusOf(chosen, mobileActive) : null);
        return (StatusOf(chosen, webActive || desktopActive || mobileActive), clientStatus);
    }

    /// <summary>What an observer without presence.see_invisible sees: invisible is offline, with nothing that would give it away.</summary>
    public static PresenceUpdate Public(PresenceUpdate full, DateTime? publicLastSeenAt) =>
        full.Status is UserStatuses.Invisible or UserStatuses.Offline ? PresenceUpdate.Offline(full.UserId, full.Roles, publicLastSeenAt, full.Version) : full;
}
