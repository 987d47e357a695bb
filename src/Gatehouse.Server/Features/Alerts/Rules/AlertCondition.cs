namespace Gatehouse.Server.Features.Alerts.Rules;

/// <summary>One test on one metric: <c>metric comparator threshold</c> over a window, guarded by a minimum sample count.</summary>
/// <param name="Metric">A metric name from <c>GET /api/v1/alerts/metrics</c>.</param>
/// <param name="Segment">Optional <c>dimension:value</c>, e.g. <c>role:moderator</c> or <c>endpoint:GET /api/v1/users</c>.</param>
/// <param name="Comparator">gt, gte, lt or lte.</param>
/// <param name="WindowSeconds">The evaluation window: the metric over the last this many seconds.</param>
/// <param name="MinSamples">Below this many samples in the window the condition is not met (no firing on 1 failed request out of 2).</param>
/// <param name="ClearThreshold">Hysteresis: once firing, the condition stays met until the value crosses this instead of the threshold.</param>
public sealed record AlertCondition(
    string Metric, string? Segment, string Comparator, double Threshold, int WindowSeconds, long MinSamples = 0, double? ClearThreshold = null);

public static class AlertComparators
{
    public const string Above = "gt";
    public const string AtLeast = "gte";
    public const string Below = "lt";
    public const string AtMost = "lte";

    public static readonly IReadOnlyList<string> All = [Above, AtLeast, Below, AtMost];

    public static bool Holds(string comparator, double value, double threshold) => comparator switch
    {
        Above => value > threshold,
        AtLeast => value >= threshold,
        Below => value < threshold,
        AtMost => value <= threshold,
        _ => false,
    };

    /// <summary>True when the clear threshold lies on the "not alerting" side of the threshold (or equals it).</summary>
    public static bool IsOnClearSide(string comparator, double threshold, double clear) =>
        comparator is Above or AtLeast ? clear <= threshold : clear >= threshold;
}

/// <summary>How conditions combine: every one (AND) or any one (OR).</summary>
public static class AlertMatch
{
    public const string All = "all";
    public const string Any = "any";

    public static readonly IReadOnlyList<string> Values = [All, Any];
}
