namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// One stored aggregate (<c>analytics_rollups</c>): a base metric over one minute, one quarter hour or one hour, overall
/// (empty dimension) or for one segment value. Counters keep their total in <see cref="Value"/>; gauges
/// the sum of their samples and the sample count; latency its total, count and a sparse histogram.
/// </summary>
public sealed class Rollup
{
    public long Id { get; set; }

    /// <summary>60, 900 or 3600.</summary>
    public int ResolutionSeconds { get; set; }

    public DateTime Bucket { get; set; }
    public string Metric { get; set; } = "";
    public string Dimension { get; set; } = "";
    public string Value { get; set; } = "";
    public double Total { get; set; }
    public long Samples { get; set; }
    public byte[]? Histogram { get; set; }
}

/// <summary>The metrics rollups store; the rest (<c>error_rate_*</c>, <c>latency_p*</c>) is derived on read.</summary>
public static class StoredMetrics
{
    public const string Latency = "latency";

    public const int Minute = 60;

    /// <summary>
    /// Quarter hours, folded from their minutes like hours: a 30-day series at step 15m reads ~2.9k rows
    /// instead of ~43k. Kept as long as the other tiers (one retention for every rollup).
    /// </summary>
    public const int Quarter = 900;

    public const int Hour = 3600;

    /// <summary>The folded tiers, coarsest first: a series step that is a multiple of one reads its rows.</summary>
    public static readonly IReadOnlyList<int> Folded = [Hour, Quarter];
}
