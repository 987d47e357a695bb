using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>Reads what presence needs from user rows: seeds for new sessions, roles for role filters, last-seen times for offline users.</summary>
public sealed class PresenceSeedLoader(GatehouseDb db, TimeProvider time)
{
    private const int Chunk = 500;

    /// <summary>Null when the account cannot be present (deleted, disabled, banned).</summary>
    public async Task<PresenceSeed?> LoadAsync(Guid userId, CancellationToken ct)
    {
        var row = await MemberPresenceColumns.SeedAsync(db, userId, time.GetUtcNow().UtcDateTime, ct);
        return row is null ? null : new PresenceSeed(userId, row.UsernameNormalized, [.. row.RoleIds],
            ChosenStatuses.FromColumn(row.Status), row.StatusMessage, row.StatusExpiresAt, row.LastSeenAt);
    }

    /// <summary>Role ids of these users, and whether each may still be present.</summary>
    public async Task<Dictionary<Guid, (Guid[] Roles, bool Active)>> AccessOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, (Guid[], bool)>();
        foreach (var chunk in userIds.Chunk(Chunk))
            foreach (var (id, access) in await MemberPresenceColumns.AccessOfAsync(db, chunk, time.GetUtcNow().UtcDateTime, ct)) result[id] = access;
        return result;
    }

    /// <summary>Last-seen times of users the registry does not hold (they are offline).</summary>
    public async Task<Dictionary<Guid, DateTime?>> LastSeenAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, DateTime?>();
        foreach (var chunk in userIds.Chunk(Chunk))
            foreach (var (id, lastSeen) in await MemberPresenceColumns.LastSeenAsync(db, chunk, ct)) result[id] = lastSeen;
        return result;
    }
}
