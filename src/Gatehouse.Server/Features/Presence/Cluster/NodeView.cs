using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// One node's view of one member, as that node's own registry aggregates its own sessions.
/// Stored in the member's Redis hash under the node's field; the member's presence is the merge
/// of every live node's view (<see cref="PresenceMerge"/>).
/// </summary>
public sealed record NodeView(PresenceUpdate Full, PresenceUpdate Public, string SortKey);

/// <summary>A merged presence as published on the cluster channel: the version comes from Redis, so it grows across nodes.</summary>
public sealed record MergedPresence(Guid UserId, string SortKey, PresenceUpdate Full, PresenceUpdate Public);
