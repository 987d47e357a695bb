namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>What the registry needs from the database the first time a user shows up.</summary>
/// <param name="SortKey">The normalized username: snapshots page in that order.</param>
public sealed record PresenceSeed(
    Guid UserId, string SortKey, Guid[] Roles, ChosenStatus Chosen, string? StatusMessage,
    DateTime? StatusExpiresAt, DateTime? LastSeenAt);

/// <summary>A live user in a snapshot, with both projections.</summary>
public sealed record PresenceRecord(Guid UserId, string SortKey, IReadOnlyList<Guid> Roles, PresenceUpdate Full, PresenceUpdate Public)
{
    public PresenceUpdate View(bool seeInvisible) => seeInvisible ? Full : Public;
}

/// <summary>The columns of the user row that presence owns, as the batch writer stores them.</summary>
/// <param name="LastSeenAt">The last-seen time everyone may see (frozen while invisible).</param>
/// <param name="Generation">Lets the registry know which state reached the database.</param>
public sealed record PresenceRow(
    Guid UserId, string Status, string? StatusMessage, DateTime? StatusExpiresAt, string? ActivityName,
    DateTime? LastSeenAt, long Generation);
