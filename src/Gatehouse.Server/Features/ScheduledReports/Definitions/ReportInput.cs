namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

/// <summary>A scheduled report as written by the builder.</summary>
/// <param name="Kind">members, moderation, analytics or audit.</param>
/// <param name="View">The view's filters: role, tag, state, joined_after, joined_before (members); sanction_kinds (moderation); metrics, segment (analytics); action_prefix (audit).</param>
/// <param name="Cron">Five-field cron expression (minute hour day-of-month month day-of-week), e.g. <c>0 9 * * 1</c>.</param>
/// <param name="TimeZone">IANA time zone the cron expression is read in, e.g. <c>Europe/Paris</c>.</param>
/// <param name="Format">pdf or csv.</param>
/// <param name="PeriodDays">Days each run covers, ending at the run (1–366); analytics compares them with the days before.</param>
/// <param name="Recipients">1–20 e-mail addresses or webhook URLs, each with the language (en, fr) of its file.</param>
public sealed record ReportInput(
    string? Name, string? Kind, ReportView? View, string? Cron, string? TimeZone = "UTC", string? Format = "pdf", int? PeriodDays = 7,
    IReadOnlyList<ReportRecipient>? Recipients = null, bool? Enabled = true);
