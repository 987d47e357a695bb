namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

/// <summary>A scheduled report; the webhook signing secret is never shown after creation.</summary>
/// <param name="NextRunAt">The next scheduled run (UTC); null while disabled.</param>
public sealed record ScheduledReportResponse(
    Guid Id, string Name, string Kind, ReportView View, string Cron, string TimeZone, string Format, int PeriodDays,
    IReadOnlyList<ReportRecipient> Recipients, bool Enabled, DateTime? NextRunAt, DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    public static ScheduledReportResponse Of(ScheduledReport r) =>
        new(r.Id, r.Name, r.Kind, r.View, r.Cron, r.TimeZone, r.Format, r.PeriodDays, r.Recipients, r.Enabled, r.NextRunAt, r.CreatedAt, r.UpdatedAt, r.Version);

    /// <summary>What the audit log keeps of a report (its settings, not its secret).</summary>
    public static object Settings(ScheduledReport r) =>
        new { name = r.Name, kind = r.Kind, view = r.View, cron = r.Cron, time_zone = r.TimeZone, format = r.Format, period_days = r.PeriodDays, recipients = r.Recipients, enabled = r.Enabled };
}

/// <param name="WebhookSecret">The <c>whsec_</c> secret that signs this report's webhook deliveries, shown this once.</param>
public sealed record CreatedScheduledReportResponse(ScheduledReportResponse Report, string WebhookSecret);
