using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Projects a closed accumulator into the <see cref="AnalyticsWindow"/> that is pushed and answered.</summary>
public static class WindowView
{
    /// <summary>Endpoints beyond this many (the busiest first) are left out of a pushed window; series still have them all.</summary>
    public const int MaxEndpoints = 50;

    /// <param name="through">For an open window: the time it was counted up to (null once closed).</param>
    public static AnalyticsWindow Of(string interval, WindowAccumulator w, DateTime? through = null)
    {
        var segments = new Dictionary<string, IReadOnlyDictionary<string, MetricSet>>(StringComparer.Ordinal);
        foreach (var dimension in AnalyticsDimensions.Segments)
            segments[dimension] = w.Segments.Where(s => s.Key.Dimension == dimension)
                .ToDictionary(s => s.Key.Value, s => MetricMath.SetOf(s.Value), StringComparer.Ordinal);
        var endpoints = w.Segments.Where(s => s.Key.Dimension == AnalyticsDimensions.Endpoint && s.Value.Requests > 0)
            .OrderByDescending(s => s.Value.Requests).ThenBy(s => s.Key.Value, StringComparer.Ordinal).Take(MaxEndpoints)
            .Select(s => new EndpointStats(s.Key.Value, s.Value.Requests,
                MetricMath.Rate(s.Value.Errors4xx + s.Value.Errors5xx, s.Value.Requests).Value,
                s.Value.Latency?.PercentileMs(50), s.Value.Latency?.PercentileMs(95), s.Value.Latency?.PercentileMs(99)))
            .ToList();
        var histogram = w.Totals.Latency is { } latency
            ? latency.ChartBuckets().Select(b => new LatencyBucket(double.IsInfinity(b.UpToMs) ? null : b.UpToMs, b.Count)).ToList()
            : [];
        return new AnalyticsWindow(interval, new DateTimeOffset(w.End).ToUnixTimeMilliseconds(), w.Start, w.End, MetricMath.SetOf(w.Totals),
            segments, endpoints, new Dictionary<string, long>(w.EventTypes, StringComparer.Ordinal), histogram, w.Nodes, w.Partial,
            through is not null, through);
    }
}
