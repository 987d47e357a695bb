using Cronos;

namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

/// <summary>
/// Cron expressions read in a time zone with Cronos, which handles daylight-saving changes the way
/// people expect: a time skipped by a spring-forward runs at the first instant after the gap, and a
/// time repeated by a fall-back runs once.
/// </summary>
public static class ReportSchedule
{
    public static CronExpression? Parse(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron) || cron.Length > 100) return null;
        try
        {
            return CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            return null;
        }
    }

    public static TimeZoneInfo? Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>, in UTC; null if the expression never fires again.</summary>
    public static DateTime? Next(string cron, string timeZone, DateTime afterUtc) =>
        Parse(cron) is { } expression && Zone(timeZone) is { } zone
            ? expression.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), zone)
            : null;
}
