using System.Globalization;
using System.Text.RegularExpressions;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>
/// <c>GET /analytics/series</c>: one metric over a time range from the stored rollups, overall or for one
/// segment, optionally beside the same range a day or a week earlier (shifted onto the same times).
/// </summary>
public static partial class GetSeries
{
    public const int MaxPoints = 10_000;
    public const int MaxDays = 400;
    public static readonly IReadOnlyList<string> Comparisons = ["previous_day", "previous_week"];

    /// <param name="Metric">One of the metric names (active_users, error_rate_5xx, latency_p95, …).</param>
    /// <param name="From">Start (UTC, ISO 8601); default one hour before to.</param>
    /// <param name="To">End (UTC, ISO 8601); default now.</param>
    /// <param name="Step">Whole minutes: 1m, 5m, 15m, 1h, 1d (default 1m).</param>
    /// <param name="Segment">dimension:value, e.g. role:moderator or endpoint:GET /api/v1/users.</param>
    /// <param name="Compare">previous_day or previous_week.</param>
    public sealed record Query(string? Metric, DateTime? From, DateTime? To, string? Step, string? Segment, string? Compare);

    public sealed record Response(string Metric, string? Segment, int StepSeconds, DateTime From, DateTime To,
        IReadOnlyList<MetricPoint> Points, Comparison? Compare);

    /// <param name="Points">The earlier range's points, with <c>at</c> moved onto the current range's times.</param>
    public sealed record Comparison(string Period, IReadOnlyList<MetricPoint> Points);

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle([AsParameters] Query query, IMetricReader reader, TimeProvider time,
        CancellationToken ct)
    {
        var v = new Validator();
        if (query.Metric is null || !AnalyticsMetrics.IsKnown(query.Metric))
            v.Add("metric", AnalyticsText.Get("metric.unknown", string.Join(", ", AnalyticsMetrics.All)));
        var segment = MetricSegment.Parse(query.Segment);
        if (query.Segment is not null && segment is null)
            v.Add("segment", AnalyticsText.Get("segment.format", string.Join(", ", AnalyticsDimensions.All)));
        var step = ParseStep(query.Step ?? "1m");
        if (step is null) v.Add("step", AnalyticsText.Get("step.format"));
        var to = (query.To ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var from = (query.From ?? to.AddHours(-1)).ToUniversalTime();
        if (from >= to || to - from > TimeSpan.FromDays(MaxDays)) v.Add("from", AnalyticsText.Get("range", MaxDays));
        else if (step is { } s && (to - from) / s > MaxPoints) v.Add("step", AnalyticsText.Get("step.points", MaxPoints));
        if (query.Compare is not null && !Comparisons.Contains(query.Compare))
            v.Add("compare", AnalyticsText.Get("compare.unknown", string.Join(", ", Comparisons)));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var points = await reader.ReadSeriesAsync(query.Metric!, from, to, step!.Value, segment, ct);
        Comparison? comparison = null;
        if (query.Compare is { } compare)
        {
            var shift = compare == "previous_day" ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);
            var earlier = await reader.ReadSeriesAsync(query.Metric!, from - shift, to - shift, step.Value, segment, ct);
            comparison = new Comparison(compare, [.. earlier.Select(p => p with { At = p.At + shift })]);
        }
        return TypedResults.Ok(new Response(query.Metric!, segment?.ToString(), (int)step.Value.TotalSeconds,
            points.Count > 0 ? points[0].At : from, to, points, comparison));
    }

    public static TimeSpan? ParseStep(string text)
    {
        var m = StepPattern().Match(text);
        if (!m.Success || !int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        var step = m.Groups[2].Value switch { "m" => TimeSpan.FromMinutes(n), "h" => TimeSpan.FromHours(n), _ => TimeSpan.FromDays(n) };
        return step <= TimeSpan.FromDays(31) ? step : null;
    }

    [GeneratedRegex("^([0-9]{1,5})([mhd])$")]
    private static partial Regex StepPattern();
}
