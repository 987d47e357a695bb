using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>
/// <see cref="IMetricReader"/>: live reads merge the closed seconds or minutes held in memory; series
/// read the rollups: 1-hour or 15-minute rows for the whole hours or quarters already folded when the step is a
/// multiple of them, 1-minute rows for the rest (the current, unfolded part and data older than its tier).
/// </summary>
public sealed class MetricReader(LiveWindows windows, GatehouseDb db, TimeProvider time) : IMetricReader
{
    /// <summary>
    /// A quarter or hour is folded by the rollup writer right after its last minute closes; for this long after
    /// its end it is still read from its minutes, so a fold that is a little late never shows as a gap.
    /// </summary>
    private static readonly TimeSpan FoldGrace = TimeSpan.FromMinutes(1);

    public TimeSpan MaxLiveWindow => windows.MaxLiveWindow;

    public MetricValue ReadLive(string metric, TimeSpan window, MetricSegment? segment = null)
    {
        if (window <= TimeSpan.Zero || window > MaxLiveWindow) throw new ArgumentOutOfRangeException(nameof(window));
        var merged = windows.Covering(window);
        return MetricMath.Read(metric, merged?.Find(segment) ?? (merged is null ? null : new SegmentStats()));
    }

    public async Task<IReadOnlyList<MetricPoint>> ReadSeriesAsync(string metric, DateTime from, DateTime to, TimeSpan step, MetricSegment? segment,
        CancellationToken ct)
    {
        if (!AnalyticsMetrics.IsKnown(metric)) throw new ArgumentException($"Unknown metric '{metric}'.", nameof(metric));
        if (step.Ticks <= 0 || step.Ticks % TimeSpan.TicksPerMinute != 0) throw new ArgumentOutOfRangeException(nameof(step));
        from = new DateTime(from.Ticks - from.Ticks % step.Ticks, DateTimeKind.Utc);
        var steps = (int)Math.Ceiling((to - from) / step);
        var sources = RollupRows.SourcesOf(metric);
        var dimension = segment?.Dimension ?? "";
        var value = segment?.Value ?? "";
        var wantHistogram = sources.Contains(StoredMetrics.Latency);

        var rows = new List<Rollup>();
        var folded = time.GetUtcNow().UtcDateTime - FoldGrace;
        await ReadTiersAsync(0, from, new DateTime(Math.Max(from.Ticks, to.Ticks), DateTimeKind.Utc));

        // The coarsest folded tier the step is a multiple of reads the whole units already folded (and stored
        // since the tier exists); the rest is read as minutes.
        async Task ReadTiersAsync(int tier, DateTime start, DateTime end)
        {
            if (start >= end) return;
            if (tier == StoredMetrics.Folded.Count)
            {
                rows.AddRange(await QueryAsync(sources, dimension, value, StoredMetrics.Minute, start, end, wantHistogram, ct));
                return;
            }
            var resolution = StoredMetrics.Folded[tier];
            var unit = TimeSpan.FromSeconds(resolution).Ticks;
            var until = new DateTime(Math.Min(end.Ticks - end.Ticks % unit, folded.Ticks - folded.Ticks % unit), DateTimeKind.Utc);
            if (step.Ticks % unit != 0 || until <= start || await FoldedSinceAsync(resolution, ct) is not { } since || since >= until)
            {
                await ReadTiersAsync(tier + 1, start, end);
                return;
            }
            // Both ends go straight to the minutes (at most a unit's worth after it, plus any history older than the
            // tier): a finer tier would save a few rows there for two more round trips.
            var first = since > start ? since : start; // both whole units: start is a multiple of the step
            await ReadTiersAsync(StoredMetrics.Folded.Count, start, first);
            rows.AddRange(await QueryAsync(sources, dimension, value, resolution, first, until, wantHistogram, ct));
            await ReadTiersAsync(StoredMetrics.Folded.Count, until, end);
        }

        var buckets = new Dictionary<string, Sum>[steps];
        foreach (var row in rows)
        {
            var index = (int)((row.Bucket - from).Ticks / step.Ticks);
            if (index < 0 || index >= steps) continue;
            var bucket = buckets[index] ??= new Dictionary<string, Sum>(StringComparer.Ordinal);
            if (!bucket.TryGetValue(row.Metric, out var sum)) bucket[row.Metric] = sum = new Sum();
            sum.Total += row.Total;
            sum.Samples += row.Samples;
            if (row.Histogram is { } bytes) (sum.Latency ??= new LatencyHistogram()).Add(LatencyHistogram.Decode(bytes));
        }
        var points = new MetricPoint[steps];
        for (var i = 0; i < steps; i++)
        {
            var v = Compute(metric, buckets[i]);
            points[i] = new MetricPoint(from + step * i, v.Value, v.Samples);
        }
        return points;
    }

    /// <summary>
    /// The first unit of a folded tier: minutes stored before the tier existed (an upgrade) have no folded rows
    /// and are read as minutes. One index seek (resolution, bucket); pruning moves it forward with the minutes.
    /// </summary>
    private Task<DateTime?> FoldedSinceAsync(int resolution, CancellationToken ct) =>
        db.Set<Rollup>().Where(r => r.ResolutionSeconds == resolution).MinAsync(r => (DateTime?)r.Bucket, ct);

    private async Task<List<Rollup>> QueryAsync(IReadOnlyList<string> sources, string dimension, string value, int resolution,
        DateTime from, DateTime to, bool withHistogram, CancellationToken ct)
    {
        var query = db.Set<Rollup>().AsNoTracking()
            .Where(r => sources.Contains(r.Metric) && r.Dimension == dimension && r.Value == value && r.ResolutionSeconds == resolution
                && r.Bucket >= from && r.Bucket < to);
        return withHistogram
            ? await query.ToListAsync(ct)
            : await query.Select(r => new Rollup { Metric = r.Metric, Bucket = r.Bucket, Total = r.Total, Samples = r.Samples }).ToListAsync(ct);
    }

    /// <summary>The rows of one step and stored metric, added up.</summary>
    private sealed class Sum
    {
        public double Total;
        public long Samples;
        public LatencyHistogram? Latency;
    }

    private static MetricValue Compute(string metric, Dictionary<string, Sum>? bucket)
    {
        Sum? Get(string m) => bucket?.GetValueOrDefault(m);
        switch (metric)
        {
            case AnalyticsMetrics.ErrorRate4xx:
                return MetricMath.Rate(Get(AnalyticsMetrics.Errors4xx)?.Total ?? 0, Get(AnalyticsMetrics.Requests)?.Total ?? 0);
            case AnalyticsMetrics.ErrorRate5xx:
                return MetricMath.Rate(Get(AnalyticsMetrics.Errors5xx)?.Total ?? 0, Get(AnalyticsMetrics.Requests)?.Total ?? 0);
        }
        if (AnalyticsMetrics.PercentileOf(metric) is { } percentile)
        {
            var latency = Get(StoredMetrics.Latency)?.Latency;
            return latency is null ? new MetricValue(null, 0) : new MetricValue(latency.PercentileMs(percentile), latency.Count);
        }
        var row = Get(metric);
        if (AnalyticsMetrics.Gauges.Contains(metric))
            return row is { Samples: > 0 } ? new MetricValue(row.Total / row.Samples, row.Samples) : new MetricValue(null, 0);
        return new MetricValue(row?.Total ?? 0, (long)(row?.Total ?? 0));
    }
}
