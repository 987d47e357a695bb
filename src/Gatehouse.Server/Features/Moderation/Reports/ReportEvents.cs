namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>The payload of report events and audit entries (no free text: it may hold personal data).</summary>
public static class ReportEvents
{
    public const string AggregateType = "report";

    public static object Payload(Report r) => new
    {
        report_id = r.Id,
        reporter_id = r.ReporterId,
        target_id = r.TargetId,
        category = r.Category,
        severity = r.Severity,
        status = r.Status,
        assignee_id = r.AssigneeId,
        due_at = r.DueAt,
        duplicates = r.Duplicates,
    };
}
