namespace Gatehouse.Server.Features.ScheduledReports.Content;

/// <summary>
/// What one report says in one language, ready to lay out: the PDF writer draws it and the preview
/// endpoint answers it as JSON, so the builder's preview shows the same content as the file.
/// </summary>
/// <param name="Period">The period as printed (dates in the report's time zone).</param>
public sealed record ReportContent(
    string Community, string Title, string ReportName, string Period, string Generated, IReadOnlyList<ReportChart> Charts, ReportTable Table);

/// <summary>A bar chart (counts by category) or a line chart (a series, with the previous period's in <see cref="Previous"/>).</summary>
/// <param name="Kind">bar or line.</param>
public sealed record ReportChart(string Title, string Kind, IReadOnlyList<string> Labels, IReadOnlyList<double> Values, IReadOnlyList<double>? Previous);

/// <param name="TotalRows">Every row of the view; <see cref="Rows"/> may stop short of it (PDF and preview limits).</param>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, long TotalRows, string? Note);
