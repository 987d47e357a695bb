namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>One value of one dimension, e.g. <c>role:moderator</c> or <c>endpoint:GET /api/v1/users</c>.</summary>
public sealed record MetricSegment(string Dimension, string Value)
{
    /// <summary>Reads <c>dimension:value</c>; null when the dimension is unknown or the value is empty.</summary>
    public static MetricSegment? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1) return null;
        var dimension = text[..colon];
        return AnalyticsDimensions.All.Contains(dimension) ? new MetricSegment(dimension, text[(colon + 1)..]) : null;
    }

    public override string ToString() => $"{Dimension}:{Value}";
}

/// <summary>A metric's value over a window, with the number of samples behind it (requests for a rate, recorded latencies for a percentile).</summary>
/// <param name="Value">Null when there is nothing to compute it from (no request at all for an error rate).</param>
/// <param name="Samples">What the value stands on: an alert's minimum-sample guard reads this.</param>
public sealed record MetricValue(double? Value, long Samples);

/// <summary>One point of a series: the step starting at <paramref name="At"/>.</summary>
public sealed record MetricPoint(DateTime At, double? Value, long Samples);
