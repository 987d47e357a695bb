using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Content;

/// <summary>Turns a report's rows into what a person reads: title, period, charts and the first rows of the table.</summary>
public sealed class ReportContentBuilder(ReportSource source, IOptions<ScheduledReportsOptions> options, TimeProvider time)
{
    private const int MaxBars = 8;

    public async Task<ReportContent> BuildAsync(ScheduledReport report, DateTime from, DateTime to, string language, int maxRows, CancellationToken ct)
    {
        var zone = ReportSchedule.Zone(report.TimeZone) ?? TimeZoneInfo.Utc;
        var keys = ReportSource.Columns(report.Kind);
        var rows = new List<IReadOnlyList<string>>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var chartColumn = ReportSource.ChartColumn(report.Kind);
        long total = 0;
        await foreach (var row in source.RowsAsync(report, from, to, ct))
        {
            total++;
            if (rows.Count < maxRows) rows.Add([.. row.Select((cell, i) => ReportCells.ForPeople(cell, language, zone, keys[i]))]);
            // Counted by the value as the reader sees it (a member state in the recipient's language).
            if (report.Kind != ReportKinds.Analytics && ReportCells.ForPeople(row[chartColumn], language, zone, keys[chartColumn]) is { Length: > 0 } label)
                counts[label] = counts.GetValueOrDefault(label) + 1;
        }
        var charts = report.Kind == ReportKinds.Analytics
            ? await LineChartsAsync(report, from, to, language, ct)
            : counts.Count == 0 ? [] : [BarChart(report.Kind, counts, language)];
        string? note = total == 0 ? ReportText.In(language, "no_rows")
            : total > rows.Count ? ReportText.In(language, "more_rows", total - rows.Count) : null;
        var culture = ReportText.Culture(language);
        string Local(DateTime at) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone).ToString("g", culture);
        return new ReportContent(
            options.Value.CommunityName,
            ReportText.In(language, "title." + report.Kind),
            report.Name,
            ReportText.In(language, "period", Local(from), Local(to), report.TimeZone),
            ReportText.In(language, "generated", Local(time.GetUtcNow().UtcDateTime)),
            charts,
            new ReportTable([.. keys.Select(k => ReportText.In(language, "col." + k))], rows, total, note));
    }

    private static ReportChart BarChart(string kind, Dictionary<string, int> counts, string language)
    {
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxBars).ToList();
        var title = kind switch { ReportKinds.Members => "chart.by_state", ReportKinds.Moderation => "chart.by_kind", _ => "chart.by_action" };
        return new ReportChart(ReportText.In(language, title), "bar", [.. top.Select(c => c.Key)], [.. top.Select(c => (double)c.Value)], null);
    }

    private async Task<IReadOnlyList<ReportChart>> LineChartsAsync(ScheduledReport report, DateTime from, DateTime to, string language, CancellationToken ct)
    {
        var zone = ReportSchedule.Zone(report.TimeZone) ?? TimeZoneInfo.Utc;
        var hourly = to - from <= TimeSpan.FromDays(2);
        var culture = ReportText.Culture(language);
        var comparisons = await source.AnalyticsAsync(report.View, from, to, ct);
        return [.. comparisons.Select(c => new ReportChart(
            $"{c.Metric} ({ReportText.In(language, "chart.legend")})", "line",
            [.. c.Points.Select(p => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(p.At, DateTimeKind.Utc), zone).ToString(hourly ? "HH:mm" : "d MMM", culture))],
            [.. c.Points.Select(p => p.Value ?? 0)],
            [.. c.PreviousPoints.Select(p => p.Value ?? 0)]))];
    }
}
