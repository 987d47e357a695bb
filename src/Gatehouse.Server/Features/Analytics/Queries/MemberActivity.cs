using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>Reads per-member activity from the raw events (session open/close pairs, SDK events).</summary>
public sealed class MemberActivity(GatehouseDb db) : IMemberActivity
{
    public async Task<IReadOnlyDictionary<Guid, double>> ActiveMinutesAsync(DateTime from, DateTime to, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        // A session that started before the window can still overlap it: read opens from one longest session earlier.
        var since = from - IMemberActivity.MaxOpenSession;
        var query = db.Set<RawEvent>().AsNoTracking()
            .Where(e => (e.Type == ServerEventTypes.SessionOpened || e.Type == ServerEventTypes.SessionClosed)
                && e.ReceivedAt >= since && e.ReceivedAt <= to && e.UserId != null);
        if (only is not null) query = query.Where(e => only.Contains(e.UserId!.Value));
        var rows = await query.Select(e => new { UserId = e.UserId!.Value, e.SessionId, e.Type, e.ReceivedAt }).ToListAsync(ct);

        var result = new Dictionary<Guid, double>();
        foreach (var user in rows.GroupBy(r => r.UserId))
        {
            var spans = new List<(DateTime Start, DateTime End)>();
            foreach (var session in user.GroupBy(r => r.SessionId))
            {
                var opened = session.Where(r => r.Type == ServerEventTypes.SessionOpened).Select(r => (DateTime?)r.ReceivedAt).Min();
                var closed = session.Where(r => r.Type == ServerEventTypes.SessionClosed).Select(r => (DateTime?)r.ReceivedAt).Max();
                var start = opened ?? from; // only the close is in range: it was open since before the window
                var end = closed ?? Min(to, start + IMemberActivity.MaxOpenSession);
                if (end > start) spans.Add((Max(start, from), Min(end, to)));
            }
            var minutes = Union(spans).TotalMinutes;
            if (minutes > 0) result[user.Key] = minutes;
        }
        return result;
    }

    public async Task<IReadOnlyDictionary<Guid, MemberClient>> LatestClientsAsync(DateTime since, IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var query = db.Set<RawEvent>().AsNoTracking().Where(e => e.Source == EventSources.Sdk && e.ReceivedAt >= since && e.UserId != null);
        if (only is not null) query = query.Where(e => only.Contains(e.UserId!.Value));
        var rows = await query.Select(e => new { UserId = e.UserId!.Value, e.ReceivedAt, e.Version, e.Region }).ToListAsync(ct);
        return rows.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g =>
        {
            var last = g.MaxBy(r => r.ReceivedAt)!;
            return new MemberClient(last.Version, last.Region);
        });
    }

    /// <summary>Total length of the union of spans (a member on two devices at once is online once).</summary>
    private static TimeSpan Union(List<(DateTime Start, DateTime End)> spans)
    {
        var total = TimeSpan.Zero;
        DateTime? curStart = null, curEnd = null;
        foreach (var (start, end) in spans.Where(s => s.End > s.Start).OrderBy(s => s.Start))
        {
            if (curEnd is { } e && start <= e)
            {
                if (end > e) curEnd = end;
                continue;
            }
            if (curStart is { } s0 && curEnd is { } e0) total += e0 - s0;
            (curStart, curEnd) = (start, end);
        }
        if (curStart is { } s1 && curEnd is { } e1) total += e1 - s1;
        return total;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
