using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.ScheduledReports.Content;
using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.ScheduledReports.Runs;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.ScheduledReports;

public static class ScheduledReportsEndpoints
{
    /// <summary>
    /// Under <c>/api/v1/reports/scheduled</c>, beside moderation's <c>/api/v1/reports</c> queue and
    /// <c>PATCH /api/v1/reports/{id}</c>: a literal segment outranks a parameter, and every route here
    /// is deeper than moderation's, so none of them can be taken for a moderation report (tested).
    /// </summary>
    public static IEndpointRouteBuilder MapScheduledReportsEndpoints(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/v1/reports/scheduled").WithTags("Scheduled reports").RequirePermission(Permissions.ReportsSchedule);
        reports.MapGet("/", ListScheduledReports.Handle).WithName(nameof(ListScheduledReports)).WithSummary("List scheduled reports");
        reports.MapPost("/", CreateScheduledReport.Handle).WithName(nameof(CreateScheduledReport))
            .WithSummary("Schedule a report; its webhook signing secret is shown only in this answer").WithIdempotency();
        reports.MapPost("/preview", PreviewScheduledReport.Handle).WithName(nameof(PreviewScheduledReport))
            .WithSummary("What the first page of a draft report would show if it ran now (nothing is saved)");
        reports.MapGet("/{id}", GetScheduledReport.Handle).WithName(nameof(GetScheduledReport)).WithSummary("Get a scheduled report");
        reports.MapPatch("/{id}", UpdateScheduledReport.Handle).WithName(nameof(UpdateScheduledReport))
            .WithSummary("Edit, enable or disable a scheduled report (honours If-Match)").WithIdempotency();
        reports.MapDelete("/{id}", DeleteScheduledReport.Handle).WithName(nameof(DeleteScheduledReport))
            .WithSummary("Delete a scheduled report with its runs and files").WithIdempotency();
        reports.MapPost("/{id}/run", RunScheduledReport.Handle).WithName(nameof(RunScheduledReport))
            .WithSummary("Run a report now: make its files and deliver them").WithIdempotency();
        reports.MapGet("/{id}/runs", ListReportRuns.Handle).WithName(nameof(ListReportRuns))
            .WithSummary("A report's runs, newest first, with delivery status per recipient");
        reports.MapGet("/{id}/runs/{runId}/file", DownloadReportFile.Handle).WithName(nameof(DownloadReportFile))
            .WithSummary("Download a run's file (kept 30 days) in one of its languages");
        return app;
    }
}
