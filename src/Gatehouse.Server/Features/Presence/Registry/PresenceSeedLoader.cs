using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Users;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>Reads what presence needs from user rows: seeds for new sessions, roles for role filters, last-seen times for offline users.</summary>
public sealed class PresenceSeedLoader(GatehouseDb db, TimeProvider time)
{
    private const int Chunk = 500;

    /// <summary>Null when the account cannot be present (deleted, disabled, banned).</summary>
    public async Task<PresenceSeed?> LoadAsync(Guid userId, CancellationToken ct)
    {
        var row = await db.Set<User>().AsNoTracking()
            .Where(u => u.Id == userId).Where(User.ActiveAt(time.GetUtcNow().UtcDateTime))
            .OrderBy(u => u.Id)
            .Select(u => new { u.UsernameNormalized, u.Status, u.StatusMessage, u.StatusExpiresAt, u.LastSeenAt, Roles = u.Roles.Select(r => r.RoleId).ToList() })
            .FirstOrDefaultAsync(ct);
        return row is null ? null : new PresenceSeed(userId, row.UsernameNormalized, [.. row.Roles],
            ChosenStatuses.FromColumn(row.Status), row.StatusMessage, row.StatusExpiresAt, row.LastSeenAt);
    }

    /// <summary>Role ids of these users, and whether each may still be present.</summary>
    public async Task<Dictionary<Guid, (Guid[] Roles, bool Active)>> AccessOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, (Guid[], bool)>();
        foreach (var chunk in userIds.Chunk(Chunk))
        {
            var rows = await db.Set<User>().AsNoTracking().Where(u => chunk.Contains(u.Id))
                .Select(u => new { u.Id, Roles = u.Roles.Select(r => r.RoleId).ToList() })
                .ToListAsync(ct);
            var active = await db.Set<User>().AsNoTracking().Where(u => chunk.Contains(u.Id)).Where(User.ActiveAt(time.GetUtcNow().UtcDateTime))
                .Select(u => u.Id).ToHashSetAsync(ct);
            foreach (var row in rows) result[row.Id] = ([.. row.Roles], active.Contains(row.Id));
        }
        return result;
    }

    /// <summary>Last-seen times of users the registry does not hold (they are offline).</summary>
    public async Task<Dictionary<Guid, DateTime?>> LastSeenAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, DateTime?>();
        foreach (var chunk in userIds.Chunk(Chunk))
        {
            var rows = await db.Set<User>().AsNoTracking().Where(u => chunk.Contains(u.Id) && u.DeletedAt == null)
                .Select(u => new { u.Id, u.LastSeenAt }).ToListAsync(ct);
            foreach (var row in rows) result[row.Id] = row.LastSeenAt;
        }
        return result;
    }
}
