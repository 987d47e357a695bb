using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Turns a window's counters into the named metrics (one definition for live reads, the pushed windows and the series).</summary>
public static class MetricMath
{
    public static MetricValue Read(string metric, SegmentStats? s)
    {
        if (!AnalyticsMetrics.IsKnown(metric)) throw new ArgumentException($"Unknown metric '{metric}'.", nameof(metric));
        if (s is null) return AnalyticsMetrics.Gauges.Contains(metric) ? new MetricValue(0, 1) : Empty(metric);
        return metric switch
        {
            AnalyticsMetrics.ActiveUsers => new MetricValue(s.ActiveUsers, 1),
            AnalyticsMetrics.OnlineNow => new MetricValue(s.OnlineNow, 1),
            AnalyticsMetrics.Sessions => new MetricValue(s.Sessions, 1),
            AnalyticsMetrics.SignUps => Count(s.SignUps),
            AnalyticsMetrics.SignIns => Count(s.SignIns),
            AnalyticsMetrics.SignInFailures => Count(s.SignInFailures),
            AnalyticsMetrics.Events => Count(s.Events),
            AnalyticsMetrics.Requests => Count(s.Requests),
            AnalyticsMetrics.Errors4xx => Count(s.Errors4xx),
            AnalyticsMetrics.Errors5xx => Count(s.Errors5xx),
            AnalyticsMetrics.ErrorRate4xx => Rate(s.Errors4xx, s.Requests),
            AnalyticsMetrics.ErrorRate5xx => Rate(s.Errors5xx, s.Requests),
            _ => new MetricValue(s.Latency?.PercentileMs(AnalyticsMetrics.PercentileOf(metric)!.Value), s.Latency?.Count ?? 0),
        };
    }

    public static MetricValue Rate(double part, double whole) => new(whole > 0 ? part / whole : null, (long)whole);

    private static MetricValue Count(long n) => new(n, n);

    private static MetricValue Empty(string metric) =>
        metric is AnalyticsMetrics.ErrorRate4xx or AnalyticsMetrics.ErrorRate5xx || AnalyticsMetrics.PercentileOf(metric) is not null
            ? new MetricValue(null, 0) : new MetricValue(0, 0);

    public static MetricSet SetOf(SegmentStats s) => new(
        s.ActiveUsers, s.OnlineNow, s.Sessions, s.SignUps, s.SignIns, s.SignInFailures, s.Events,
        s.Requests, s.Errors4xx, s.Errors5xx,
        Rate(s.Errors4xx, s.Requests).Value, Rate(s.Errors5xx, s.Requests).Value,
        s.Latency?.PercentileMs(50), s.Latency?.PercentileMs(95), s.Latency?.PercentileMs(99));
}
