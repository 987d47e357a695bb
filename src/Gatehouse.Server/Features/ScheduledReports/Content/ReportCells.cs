using System.Globalization;

namespace Gatehouse.Server.Features.ScheduledReports.Content;

/// <summary>How a cell reads: for a person (PDF, preview: local time, the recipient's number format) or for a program (CSV: ISO 8601 UTC, invariant numbers).</summary>
public static class ReportCells
{
    public static string ForPeople(object? value, string language, TimeZoneInfo zone, string column) => value switch
    {
        null => "",
        DateTime at => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone).ToString("g", ReportText.Culture(language)),
        double d when column == "change" => d.ToString("+0.0 %;-0.0 %;0 %", ReportText.Culture(language)),
        double d => d.ToString(Math.Abs(d) < 10 && d % 1 != 0 ? "0.###" : "#,0.##", ReportText.Culture(language)),
        long l => l.ToString("#,0", ReportText.Culture(language)),
        string state when column == "state" => ReportText.In(language, "state." + state),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string ForPrograms(object? value) => value switch
    {
        null => "",
        DateTime at => DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
