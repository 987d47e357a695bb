namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// One stored aggregate (<c>analytics_rollups</c>): a base metric over one minute or one hour, overall
/// (empty dimension) or for one segment value. Counters keep their total in <see cref="Value"/>; gauges
/// the sum of their samples and the sample count; latency its total, count and a sparse histogram.
/// </summary>
public sealed class Rollup
{
    public long Id { get; set; }

    /// <summary>60 or 3600.</summary>
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
    public const int Hour = 3600;
}
