namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// Reads one metric, overall or for one segment: from the live windows held in memory (what alert
/// rules evaluate as windows close) or from the stored 1-minute, 15-minute and 1-hour rollups (series, comparisons,
/// backtests). Unknown metric names are an <see cref="ArgumentException"/>; check with <see cref="AnalyticsMetrics.IsKnown"/>.
/// </summary>
public interface IMetricReader
{
    /// <summary>
    /// The metric over the last <paramref name="window"/> of closed seconds (whole seconds, at most
    /// <see cref="MaxLiveWindow"/>): counters summed, rates and percentiles over everything in the window,
    /// gauges as their latest sample.
    /// </summary>
    MetricValue ReadLive(string metric, TimeSpan window, MetricSegment? segment = null);

    /// <summary>How far back <see cref="ReadLive"/> reaches.</summary>
    TimeSpan MaxLiveWindow { get; }

    /// <summary>
    /// Points every <paramref name="step"/> (a whole number of minutes) from <paramref name="from"/> (rounded
    /// down to the step) until <paramref name="to"/>, from the rollups; a step with no data has a null value
    /// for rates and percentiles and zero for counters.
    /// </summary>
    Task<IReadOnlyList<MetricPoint>> ReadSeriesAsync(string metric, DateTime from, DateTime to, TimeSpan step, MetricSegment? segment,
        CancellationToken ct);
}
