using System.Text.Json.Serialization;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// A user's presence as an observer sees it. The same shape is a snapshot item and a pushed
/// <c>presence.update</c> event, so clients apply both the same way: keep it when its version is
/// higher than the one they hold, drop it otherwise.
/// </summary>
/// <param name="Type">Always <c>presence.update</c>.</param>
/// <param name="Status">One of <c>online idle dnd invisible offline</c>; <c>invisible</c> only for observers with presence.see_invisible.</param>
/// <param name="LastSeenAt">The last moment the user had a live session.</param>
/// <param name="Roles">The user's role ids (in no particular order): a role change is a presence change, so live
/// member lists regroup and role-filtered observers see the user enter or leave at once.</param>
/// <param name="Version">Grows with every change of this user, across restarts and nodes.</param>
/// <param name="User">Live hub only, for observers holding users.read: the member's name, avatar and roles, in the
/// snapshot and on the first event that shows the member online, so a member list is named without asking
/// for the names. Absent otherwise (a client that lacks it asks <c>GET /api/v1/users?ids=</c>).</param>
public sealed record PresenceUpdate(
    string Type, Guid UserId, string Status, string? StatusMessage, PresenceActivity? Activity,
    ClientStatus ClientStatus, DateTime? LastSeenAt, IReadOnlyList<Guid> Roles, long Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PresenceMember? User = null)
{
    public const string EventType = "presence.update";

    [JsonIgnore]
    public bool IsOffline => Status == UserStatuses.Offline;

    public static PresenceUpdate Offline(Guid userId, IReadOnlyList<Guid> roles, DateTime? lastSeenAt, long version) =>
        new(EventType, userId, UserStatuses.Offline, null, null, ClientStatus.None, lastSeenAt, roles, version);

    /// <summary>Same presence, whatever the version: a change that only moves the version is not worth an event.</summary>
    public bool SameAs(PresenceUpdate other) =>
        Status == other.Status && StatusMessage == other.StatusMessage && Equals(Activity, other.Activity)
        && Equals(ClientStatus, other.ClientStatus) && (!IsOffline || LastSeenAt == other.LastSeenAt) && SameRoles(Roles, other.Roles);

    private static bool SameRoles(IReadOnlyList<Guid> a, IReadOnlyList<Guid> b) =>
        ReferenceEquals(a, b) || (a.Count == b.Count && a.All(b.Contains));
}
