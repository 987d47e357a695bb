using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>The report's state machine: open ⇄ assigned → resolved | dismissed → open.</summary>
public static class ReportWorkflow
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [ReportStatuses.Open] = [ReportStatuses.Assigned, ReportStatuses.Resolved, ReportStatuses.Dismissed],
        [ReportStatuses.Assigned] = [ReportStatuses.Open, ReportStatuses.Resolved, ReportStatuses.Dismissed],
        [ReportStatuses.Resolved] = [ReportStatuses.Open],
        [ReportStatuses.Dismissed] = [ReportStatuses.Open],
    };

    /// <summary>Applies the requested changes; true when anything changed. Throws 409 on a transition the workflow forbids.</summary>
    public static bool Apply(Report r, string? status, bool assignSet, Guid? assignee, string? severity, string? resolution,
        ModerationOptions options, DateTime now)
    {
        var changed = false;
        if (severity is not null && severity != r.Severity)
        {
            r.Severity = severity;
            r.DueAt = r.CreatedAt + options.Sla[severity];
            changed = true;
        }
        if (assignSet && assignee != r.AssigneeId)
        {
            if (!r.IsOpen) Refuse(r.Status, ReportStatuses.Assigned);
            r.AssigneeId = assignee;
            status ??= assignee is null ? ReportStatuses.Open : ReportStatuses.Assigned;
            changed = true;
        }
        if (status is not null && status != r.Status)
        {
            if (!Allowed[r.Status].Contains(status)) Refuse(r.Status, status);
            if (status == ReportStatuses.Assigned && r.AssigneeId is null) Refuse(r.Status, status);
            if (status == ReportStatuses.Open && !r.IsOpen)
            {
                r.ClosedAt = null;
                r.Resolution = null;
                r.DueAt = now + options.Sla[r.Severity]; // a reopened report gets a fresh SLA
            }
            if (status == ReportStatuses.Open) r.AssigneeId = null;
            if (status is ReportStatuses.Resolved or ReportStatuses.Dismissed)
            {
                r.ClosedAt = now;
                r.Resolution = resolution!.Trim();
            }
            r.Status = status;
            changed = true;
        }
        return changed;
    }

    private static void Refuse(string from, string to) =>
        throw new RuleViolation(409, "invalid-transition", ModerationText.Get("report.transition", from, to));
}
