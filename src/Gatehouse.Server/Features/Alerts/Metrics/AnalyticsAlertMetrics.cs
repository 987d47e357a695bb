using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Alerts.Metrics;

/// <summary>
/// The alert engine's metric port on top of the analytics contract: live windows for evaluation,
/// stored rollups for backtests. Names, dimensions and the longest window are analytics' own.
/// </summary>
public sealed class AnalyticsAlertMetrics(IMetricReader reader) : IAlertMetrics
{
    public IReadOnlyList<string> Metrics => AnalyticsMetrics.All;

    public IReadOnlyList<string> Dimensions => AnalyticsDimensions.All;

    public TimeSpan MaxWindow => reader.MaxLiveWindow;

    public AlertReading Read(string metric, TimeSpan window, AlertSegment? segment)
    {
        var value = reader.ReadLive(metric, window, ToAnalytics(segment));
        return new AlertReading(value.Value, value.Samples);
    }

    public async Task<IReadOnlyList<AlertPoint>> HistoryAsync(string metric, DateTime from, DateTime to, TimeSpan step, AlertSegment? segment,
        CancellationToken ct) =>
        [.. (await reader.ReadSeriesAsync(metric, from, to, step, ToAnalytics(segment), ct)).Select(p => new AlertPoint(p.At, p.Value, p.Samples))];

    private static MetricSegment? ToAnalytics(AlertSegment? segment) => segment is null ? null : new MetricSegment(segment.Dimension, segment.Value);
}
