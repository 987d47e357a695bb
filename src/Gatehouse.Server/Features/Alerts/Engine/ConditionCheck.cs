using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Alerts.Rules;

namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>What one condition saw in one evaluation.</summary>
/// <param name="Met">The comparison held with enough samples.</param>
/// <param name="Guarded">The minimum-sample guard kept it from counting.</param>
public sealed record ConditionResult(string Metric, string? Segment, double? Value, long Samples, bool Met, bool Guarded);

public static class ConditionCheck
{
    /// <summary>
    /// One condition against one reading. While the rule fires, a clear threshold (hysteresis) takes
    /// the place of the threshold, so a value hovering at the threshold does not resolve and refire.
    /// </summary>
    public static ConditionResult Evaluate(AlertCondition c, AlertReading reading, bool firing)
    {
        var guarded = reading.Samples < c.MinSamples;
        var threshold = firing && c.ClearThreshold is { } clear ? clear : c.Threshold;
        var met = !guarded && reading.Value is { } v && AlertComparators.Holds(c.Comparator, v, threshold);
        return new ConditionResult(c.Metric, c.Segment, reading.Value, reading.Samples, met, guarded);
    }

    /// <summary>AND or OR over the conditions' results.</summary>
    public static bool Combine(string match, IReadOnlyList<ConditionResult> results) =>
        results.Count > 0 && (match == AlertMatch.Any ? results.Any(r => r.Met) : results.All(r => r.Met));
}
