using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Windows;

namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>What a closed window becomes in <c>analytics_rollups</c>, and how rows add up again.</summary>
public static class RollupRows
{
    private static readonly (string Metric, Func<SegmentStats, long> Read)[] Counters =
    [
        (AnalyticsMetrics.Events, s => s.Events), (AnalyticsMetrics.Requests, s => s.Requests),
        (AnalyticsMetrics.Errors4xx, s => s.Errors4xx), (AnalyticsMetrics.Errors5xx, s => s.Errors5xx),
        (AnalyticsMetrics.SignUps, s => s.SignUps), (AnalyticsMetrics.SignIns, s => s.SignIns),
        (AnalyticsMetrics.SignInFailures, s => s.SignInFailures),
    ];

    private static readonly (string Metric, Func<SegmentStats, long> Read)[] Gauges =
    [
        (AnalyticsMetrics.ActiveUsers, s => s.ActiveUsers), (AnalyticsMetrics.OnlineNow, s => s.OnlineNow), (AnalyticsMetrics.Sessions, s => s.Sessions),
    ];

    /// <summary>The stored metrics a named metric is computed from.</summary>
    public static IReadOnlyList<string> SourcesOf(string metric) => metric switch
    {
        AnalyticsMetrics.ErrorRate4xx => [AnalyticsMetrics.Errors4xx, AnalyticsMetrics.Requests],
        AnalyticsMetrics.ErrorRate5xx => [AnalyticsMetrics.Errors5xx, AnalyticsMetrics.Requests],
        _ when AnalyticsMetrics.PercentileOf(metric) is not null => [StoredMetrics.Latency],
        _ => [metric],
    };

    /// <summary>One row per stored metric with something to say, overall and per segment value. Zero counters are left out.</summary>
    public static List<Rollup> Of(WindowAccumulator minute)
    {
        var rows = new List<Rollup>();
        Add(rows, minute.Start, "", "", minute.Totals, totals: true);
        foreach (var (key, stats) in minute.Segments) Add(rows, minute.Start, key.Dimension, key.Value, stats, totals: false);
        return rows;
    }

    private static void Add(List<Rollup> rows, DateTime bucket, string dimension, string value, SegmentStats s, bool totals)
    {
        Rollup Row(string metric, double total, long samples, byte[]? histogram = null) => new()
        {
            ResolutionSeconds = StoredMetrics.Minute,
            Bucket = bucket,
            Metric = metric,
            Dimension = dimension,
            Value = value,
            Total = total,
            Samples = samples,
            Histogram = histogram,
        };
        foreach (var (metric, read) in Counters)
            if (read(s) is var n and > 0) rows.Add(Row(metric, n, n));
        foreach (var (metric, read) in Gauges)
            if (read(s) is var n && (n > 0 || totals)) rows.Add(Row(metric, n, 1));
        if (s.Latency is { Count: > 0 } latency) rows.Add(Row(StoredMetrics.Latency, latency.TotalMs, latency.Count, latency.Encode()));
    }

    /// <summary>Adds <paramref name="from"/> into <paramref name="into"/> (same metric and segment).</summary>
    public static void Accumulate(Rollup into, Rollup from)
    {
        into.Total += from.Total;
        into.Samples += from.Samples;
        if (from.Histogram is { } bytes)
        {
            var merged = into.Histogram is { } mine ? LatencyHistogram.Decode(mine) : new LatencyHistogram();
            merged.Add(LatencyHistogram.Decode(bytes));
            into.Histogram = merged.Encode();
        }
    }
}
