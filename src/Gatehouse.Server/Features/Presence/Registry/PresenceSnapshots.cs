using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>
/// Snapshots for subscriptions, streams and the REST list. A live snapshot holds everyone who is
/// not offline plus the users the filter names; the REST list can also walk every member from the
/// database, so offline members come with their last-seen time.
/// </summary>
public sealed class PresenceSnapshots(IPresenceRegistry registry, PresenceVersionClock clock, GatehouseDb db, PresenceSeedLoader seeds)
{
    /// <summary>What a new subscriber starts from, as it would see it.</summary>
    public async Task<List<PresenceUpdate>> LiveAsync(PresenceFilter filter, bool seeInvisible, CancellationToken ct)
    {
        var items = new List<PresenceUpdate>();
        var named = filter.UserIds is null ? null : new HashSet<Guid>(filter.UserIds);
        foreach (var record in await registry.SnapshotAsync(ct))
        {
            named?.Remove(record.UserId);
            var view = record.View(seeInvisible);
            if (filter.MatchesStatus(view.Status) && filter.MatchesUser(record.UserId, record.Roles)) items.Add(view);
        }
        if (named is { Count: > 0 } && filter.IncludesOffline)
        {
            // Named users not live here are offline: the registry may still hold them, else the row does.
            var missing = new List<Guid>();
            foreach (var id in named)
            {
                if (await registry.GetAsync(id, ct) is { } record)
                {
                    var view = record.View(seeInvisible);
                    if (filter.MatchesStatus(view.Status) && filter.MatchesUser(id, record.Roles)) items.Add(view);
                }
                else missing.Add(id);
            }
            var floor = clock.Floor;
            var access = await seeds.AccessOfAsync(missing, ct);
            foreach (var (id, lastSeen) in await seeds.LastSeenAsync(missing, ct))
            {
                var roles = access.TryGetValue(id, out var a) ? a.Roles : [];
                if (filter.MatchesUser(id, roles)) items.Add(PresenceUpdate.Offline(id, roles, lastSeen, floor));
            }
        }
        return items;
    }

    /// <summary>One page of the REST list, ordered by normalized username, after <paramref name="after"/>.</summary>
    public async Task<(List<PresenceUpdate> Items, string? LastKey)> PageAsync(
        PresenceFilter filter, bool seeInvisible, int limit, string? after, CancellationToken ct)
    {
        var items = new List<(string Key, PresenceUpdate View)>(limit + 1);
        if (!filter.IncludesOffline)
        {
            // Nobody offline can match: the registry alone answers, without touching the database.
            foreach (var record in await registry.SnapshotAsync(ct))
            {
                if (after is not null && string.CompareOrdinal(record.SortKey, after) <= 0) continue;
                var view = record.View(seeInvisible);
                if (filter.MatchesStatus(view.Status) && filter.MatchesUser(record.UserId, record.Roles)) items.Add((record.SortKey, view));
            }
            items.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
            if (items.Count > limit + 1) items.RemoveRange(limit + 1, items.Count - limit - 1);
        }
        else
        {
            var floor = clock.Floor;
            var batch = Math.Min(Math.Max(limit * 2, 50), 1000);
            var tie = after;
            while (items.Count <= limit)
            {
                var rows = await Members(filter, tie).Take(batch).ToListAsync(ct);
                foreach (var row in rows)
                {
                    var view = (await registry.GetAsync(row.Id, ct))?.View(seeInvisible) ?? PresenceUpdate.Offline(row.Id, row.Roles, row.LastSeenAt, floor);
                    if (filter.MatchesStatus(view.Status)) items.Add((row.UsernameNormalized, view));
                    if (items.Count > limit) break;
                }
                if (rows.Count < batch) break;
                tie = rows[^1].UsernameNormalized;
            }
        }
        string? last = null;
        if (items.Count > limit)
        {
            items.RemoveRange(limit, items.Count - limit);
            last = items[^1].Key;
        }
        return ([.. items.Select(i => i.View)], last);
    }

    private IQueryable<MemberPresenceRow> Members(PresenceFilter filter, string? after) =>
        MemberPresenceColumns.Listing(db, filter.UserIds, filter.RoleIds, after);
}
