using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>
/// <see cref="IMetricReader"/>: live reads merge the closed seconds or minutes held in memory; series
/// read the rollups, 1-hour rows for whole hours already folded when the step allows it, 1-minute rows otherwise.
/// </summary>
public sealed class MetricReader(LiveWindows windows, GatehouseDb db, TimeProvider time) : IMetricReader
{
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

        // Whole hours before the current one are folded (at the hour's last minute); the rest reads minutes.
        var foldedUntil = step.Ticks % TimeSpan.TicksPerHour == 0
            ? new DateTime(Math.Min(to.Ticks, time.GetUtcNow().UtcDateTime.Ticks / TimeSpan.TicksPerHour * TimeSpan.TicksPerHour), DateTimeKind.Utc)
            : from;
        var rows = new List<Rollup>();
        if (foldedUntil > from) rows.AddRange(await QueryAsync(sources, dimension, value, StoredMetrics.Hour, from, foldedUntil, wantHistogram, ct));
        rows.AddRange(await QueryAsync(sources, dimension, value, StoredMetrics.Minute, foldedUntil > from ? foldedUntil : from, to, wantHistogram, ct));

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
