using System.Globalization;
using System.Text;
using CsvHelper;
using Gatehouse.Server.Features.ScheduledReports.Definitions;

namespace Gatehouse.Server.Features.ScheduledReports.Content;

/// <summary>
/// Writes every row of a report as CSV while the rows are read (the source pages through the
/// database), so a 100k-member report costs one page of memory, not the whole list.
/// Headers are in the recipient's language; values are machine-readable (ISO 8601 UTC, invariant numbers).
/// </summary>
public sealed class ReportCsvWriter(ReportSource source)
{
    public async Task<long> WriteAsync(ScheduledReport report, DateTime from, DateTime to, string language, Stream output, CancellationToken ct)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var key in ReportSource.Columns(report.Kind)) csv.WriteField(ReportText.In(language, "col." + key));
        await csv.NextRecordAsync();
        long rows = 0;
        await foreach (var row in source.RowsAsync(report, from, to, ct))
        {
            foreach (var cell in row) csv.WriteField(ReportCells.ForPrograms(cell));
            await csv.NextRecordAsync();
            // Hand full buffers to the file as we go rather than at the end.
            if (++rows % 5000 == 0) await csv.FlushAsync();
        }
        return rows;
    }
}
