using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Compare;

/// <summary>
/// What one segment did over a period, read from the raw events (aggregated in the database where it
/// can be): who was active, how its API requests went, how long its sessions lasted, and who converted.
/// </summary>
public sealed record VariantSample(
    long ActiveUsers,
    long Requests,
    long Errors5xx,
    double[] Latencies,
    double[] SessionSeconds,
    long ConversionStarted,
    long ConversionDone)
{
    /// <summary>Latencies and sessions read per segment at most (the most recent); percentiles are exact within it.</summary>
    public const int MaxValues = 20_000;

    public static async Task<VariantSample> LoadAsync(GatehouseDb db, string dimension, string value, DateTime from, DateTime to,
        (string From, string To)? conversion, CancellationToken ct)
    {
        var events = Of(db.Set<RawEvent>().AsNoTracking().Where(e => e.ReceivedAt >= from && e.ReceivedAt < to), dimension, value);
        var activeUsers = await events.Where(e => e.UserId != null).Select(e => e.UserId).Distinct().LongCountAsync(ct);

        var requests = events.Where(e => e.Type == ServerEventTypes.Request);
        var requestCount = await requests.LongCountAsync(ct);
        var errors = await requests.LongCountAsync(e => e.Status >= 500, ct);
        var latencies = await requests.Where(e => e.DurationMs != null).OrderByDescending(e => e.ReceivedAt).Take(MaxValues)
            .Select(e => e.DurationMs!.Value).ToArrayAsync(ct);

        // A site session is the span between its first and last event (the SDK tags events with a session id).
        var spans = await events.Where(e => e.Source == EventSources.Sdk && e.SessionId != null)
            .GroupBy(e => e.SessionId)
            .Select(g => new { First = g.Min(e => e.OccurredAt), Last = g.Max(e => e.OccurredAt) })
            .Take(MaxValues).ToListAsync(ct);
        var sessions = spans.Select(s => (s.Last - s.First).TotalSeconds).ToArray();

        long started = 0, done = 0;
        if (conversion is var (first, then))
        {
            // Converted: a member whose last "then" event comes at or after their first "first" event.
            var starts = await events.Where(e => e.Type == first && e.UserId != null).GroupBy(e => e.UserId)
                .Select(g => new { User = g.Key, At = g.Min(e => e.OccurredAt) }).ToDictionaryAsync(x => x.User!.Value, x => x.At, ct);
            var ends = await events.Where(e => e.Type == then && e.UserId != null).GroupBy(e => e.UserId)
                .Select(g => new { User = g.Key, At = g.Max(e => e.OccurredAt) }).ToListAsync(ct);
            started = starts.Count;
            done = ends.Count(e => starts.TryGetValue(e.User!.Value, out var at) && e.At >= at);
        }
        return new VariantSample(activeUsers, requestCount, errors, latencies, sessions, started, done);
    }

    private static IQueryable<RawEvent> Of(IQueryable<RawEvent> events, string dimension, string value) => dimension switch
    {
        AnalyticsDimensions.Role => events.Where(e => e.Role == value),
        AnalyticsDimensions.Region => events.Where(e => e.Region == value),
        AnalyticsDimensions.Device => events.Where(e => e.Device == value),
        _ => events.Where(e => e.Version == value),
    };
}
