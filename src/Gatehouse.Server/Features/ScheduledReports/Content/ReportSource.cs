using System.Runtime.CompilerServices;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.Users.Contracts;

namespace Gatehouse.Server.Features.ScheduledReports.Content;

/// <summary>
/// A report's rows as typed cells, read through the other features' contracts and streamed: the CSV
/// writer copies them as they come, the content builder keeps the first ones for the PDF.
/// </summary>
public sealed class ReportSource(IMemberDirectory members, IModerationLog moderation, IAuditExtract audit, IMetricReader metrics)
{
    /// <summary>Column keys (texts <c>col.*</c>) per kind.</summary>
    public static IReadOnlyList<string> Columns(string kind) => kind switch
    {
        ReportKinds.Members => ["username", "display_name", "email", "roles", "tags", "state", "joined", "last_seen"],
        ReportKinds.Moderation => ["at", "kind", "member", "moderator", "reason", "expires"],
        ReportKinds.Analytics => ["metric", "current", "previous", "change"],
        _ => ["seq", "at", "action", "target", "result", "actor"],
    };

    /// <summary>The column a bar chart counts by (state, sanction kind, audit action).</summary>
    public static int ChartColumn(string kind) => kind switch
    {
        ReportKinds.Members => 5,
        ReportKinds.Moderation => 1,
        _ => 2,
    };

    public IAsyncEnumerable<object?[]> RowsAsync(ScheduledReport report, DateTime from, DateTime to, CancellationToken ct)
    {
        var view = report.View;
        return report.Kind switch
        {
            ReportKinds.Members => MemberRowsAsync(view, ct),
            ReportKinds.Moderation => ModerationRowsAsync(view, from, to, ct),
            ReportKinds.Analytics => AnalyticsRowsAsync(view, from, to, ct),
            _ => AuditRowsAsync(view, from, to, ct),
        };
    }

    private async IAsyncEnumerable<object?[]> MemberRowsAsync(ReportView v, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = new MemberFilter(v.Role, v.Tag, v.State, v.JoinedAfter?.ToUniversalTime(), v.JoinedBefore?.ToUniversalTime());
        await foreach (var m in members.ListAsync(filter, ct))
            yield return [m.Username, m.DisplayName, m.Email, string.Join(", ", m.Roles), string.Join(", ", m.Tags), m.State, m.CreatedAt, m.LastSeenAt];
    }

    private async IAsyncEnumerable<object?[]> ModerationRowsAsync(ReportView v, DateTime from, DateTime to, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var s in moderation.ReadAsync(from, to, v.SanctionKinds, ct))
            yield return [s.At, s.Kind, s.Member, s.Moderator, s.Reason, s.ExpiresAt];
    }

    private async IAsyncEnumerable<object?[]> AuditRowsAsync(ReportView v, DateTime from, DateTime to, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in audit.ReadAsync(from, to, v.ActionPrefix, ct))
            yield return [e.Seq, e.At, e.Action, e.TargetId is null ? e.TargetType : $"{e.TargetType}:{e.TargetId}", e.Result,
                e.ActorUserId?.ToString() ?? e.ActorApiKeyId?.ToString()];
    }

    private async IAsyncEnumerable<object?[]> AnalyticsRowsAsync(ReportView v, DateTime from, DateTime to, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var series in await AnalyticsAsync(v, from, to, ct))
            yield return [series.Metric, series.Current, series.Previous, Change(series.Current, series.Previous)];
    }

    /// <summary>One metric over the period and the period before it, as totals (counters) or means (the rest), with both series.</summary>
    public sealed record MetricComparison(string Metric, double? Current, double? Previous, IReadOnlyList<MetricPoint> Points, IReadOnlyList<MetricPoint> PreviousPoints);

    public async Task<IReadOnlyList<MetricComparison>> AnalyticsAsync(ReportView v, DateTime from, DateTime to, CancellationToken ct)
    {
        var length = to - from;
        // Hourly points up to two days, daily beyond: a readable chart either way.
        var step = length <= TimeSpan.FromDays(2) ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var segment = MetricSegment.Parse(v.Segment);
        var list = new List<MetricComparison>();
        foreach (var metric in v.Metrics ?? [])
        {
            var now = await metrics.ReadSeriesAsync(metric, from, to, step, segment, ct);
            var before = await metrics.ReadSeriesAsync(metric, from - length, from, step, segment, ct);
            list.Add(new MetricComparison(metric, Summarize(metric, now), Summarize(metric, before), now, before));
        }
        return list;
    }

    /// <summary>Counters add up over a period; gauges, rates and percentiles are averaged over the steps that have a value.</summary>
    public static double? Summarize(string metric, IReadOnlyList<MetricPoint> points)
    {
        var counter = !AnalyticsMetrics.Gauges.Contains(metric) && AnalyticsMetrics.PercentileOf(metric) is null && !metric.StartsWith("error_rate", StringComparison.Ordinal);
        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        if (counter) return values.Sum();
        return values.Count == 0 ? null : values.Average();
    }

    /// <summary>Relative change (0.25 = +25 %); null when there is nothing to compare with.</summary>
    public static double? Change(double? current, double? previous) =>
        current is { } c && previous is { } p && p != 0 ? (c - p) / Math.Abs(p) : null;
}
