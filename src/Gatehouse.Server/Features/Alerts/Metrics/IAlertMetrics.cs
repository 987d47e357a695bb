namespace Gatehouse.Server.Features.Alerts.Metrics;

/// <summary>
/// What the alert engine needs from analytics, and nothing more: the metrics it may watch, one
/// metric's value over a recent window (with the samples behind it, for the minimum-sample guard),
/// and the stored history a backtest replays. The analytics adapter implements it; tests use a
/// scripted one, so the engine is tested on its own.
/// </summary>
public interface IAlertMetrics
{
    /// <summary>Metric names a rule may use.</summary>
    IReadOnlyList<string> Metrics { get; }

    /// <summary>Dimensions a segment may name (<c>role</c>, <c>endpoint</c>, …).</summary>
    IReadOnlyList<string> Dimensions { get; }

    /// <summary>The longest evaluation window the live data covers.</summary>
    TimeSpan MaxWindow { get; }

    /// <summary>The metric over the last <paramref name="window"/>, overall or for one segment.</summary>
    AlertReading Read(string metric, TimeSpan window, AlertSegment? segment);

    /// <summary>One point per <paramref name="step"/> (whole minutes) from the stored rollups, oldest first.</summary>
    Task<IReadOnlyList<AlertPoint>> HistoryAsync(string metric, DateTime from, DateTime to, TimeSpan step, AlertSegment? segment, CancellationToken ct);
}

/// <summary>One value of one dimension, written <c>dimension:value</c>.</summary>
public sealed record AlertSegment(string Dimension, string Value)
{
    public static AlertSegment? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == text.Length - 1 ? null : new AlertSegment(text[..colon], text[(colon + 1)..]);
    }

    public override string ToString() => $"{Dimension}:{Value}";
}

/// <param name="Value">Null when there is nothing to compute it from (no request at all for an error rate).</param>
/// <param name="Samples">What the value stands on (requests for a rate, latencies for a percentile).</param>
public sealed record AlertReading(double? Value, long Samples);

/// <summary>One step of history starting at <paramref name="At"/>.</summary>
public sealed record AlertPoint(DateTime At, double? Value, long Samples);
