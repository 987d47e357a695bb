using System.Security.Cryptography;
using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.ScheduledReports.Delivery;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Definitions;

public static class CreateScheduledReport
{
    public static async Task<Results<Created<CreatedScheduledReportResponse>, ValidationProblem>> Handle(
        ReportInput request, HttpContext http, GatehouseDb db, IAuditLog audit, IMemberDirectory members, ReportDeliverer deliverer,
        CurrentActor actor, IOptions<ScheduledReportsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        await ReportRules.ValidateAsync(v, request, options.Value.AllowLoopback, members, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var secret = "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var report = new ScheduledReport { CreatedAt = now, UpdatedAt = now, CreatedBy = actor.UserId, WebhookSecretProtected = deliverer.Protect(secret) };
        ReportRules.Apply(report, request, now);
        await db.WriteAsync(async c =>
        {
            var max = options.Value.MaxReports;
            if (await db.Set<ScheduledReport>().CountAsync(c) >= max) throw new RuleViolation(409, "limit-reached", ReportText.Get("limit", max));
            db.Set<ScheduledReport>().Add(report);
            audit.Record(new AuditRecord("scheduled_report.created", "scheduled_report", report.Id.ToString(), ScheduledReportResponse.Settings(report)));
            return 0;
        }, ct);
        Preconditions.SetETag(http, report.Version);
        return TypedResults.Created($"/api/v1/reports/scheduled/{report.Id}", new CreatedScheduledReportResponse(ScheduledReportResponse.Of(report), secret));
    }
}

public static class ListScheduledReports
{
    /// <summary>Every scheduled report (at most <see cref="ScheduledReportsOptions.MaxReports"/>, so one page), by name.</summary>
    public static async Task<Ok<Page<ScheduledReportResponse>>> Handle(GatehouseDb db, CancellationToken ct)
    {
        var rows = await db.Set<ScheduledReport>().AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(ct);
        return TypedResults.Ok(new Page<ScheduledReportResponse>([.. rows.Select(ScheduledReportResponse.Of)], null, rows.Count));
    }
}

public static class GetScheduledReport
{
    public static async Task<Ok<ScheduledReportResponse>> Handle(Guid id, HttpContext http, GatehouseDb db, CancellationToken ct)
    {
        var report = await ReportRules.LoadAsync(db, id, ct);
        Preconditions.SetETag(http, report.Version);
        return TypedResults.Ok(ScheduledReportResponse.Of(report));
    }
}

public static class UpdateScheduledReport
{
    /// <summary>Fields to change; absent fields stay. A changed schedule (or re-enabling) recomputes the next run from now.</summary>
    public sealed record Request(
        string? Name = null, string? Kind = null, ReportView? View = null, string? Cron = null, string? TimeZone = null, string? Format = null,
        int? PeriodDays = null, IReadOnlyList<ReportRecipient>? Recipients = null, bool? Enabled = null);

    public static async Task<Results<Ok<ScheduledReportResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, IAuditLog audit, IMemberDirectory members,
        IOptions<ScheduledReportsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var current = await ReportRules.LoadAsync(db, id, ct);
        if (Preconditions.CheckIfMatch(http, current.Version, "scheduled report") is { } stale) return stale;
        // Changing the kind starts the view afresh unless a view is given (another kind's filters do not apply).
        var merged = new ReportInput(request.Name ?? current.Name, request.Kind ?? current.Kind,
            request.View ?? (request.Kind is null || request.Kind == current.Kind ? current.View : null), request.Cron ?? current.Cron,
            request.TimeZone ?? current.TimeZone, request.Format ?? current.Format, request.PeriodDays ?? current.PeriodDays,
            request.Recipients ?? current.Recipients, request.Enabled ?? current.Enabled);
        var v = new Validator();
        await ReportRules.ValidateAsync(v, merged, options.Value.AllowLoopback, members, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var before = ScheduledReportResponse.Settings(current);
        var report = await db.WriteAsync(async c =>
        {
            var r = await ReportRules.LoadAsync(db, id, c);
            if (r.Version != current.Version) throw new RuleViolation(412, "precondition-failed", Messages.Get("precondition_failed", "scheduled report", r.Version));
            var nextRun = r.NextRunAt;
            var scheduleSame = r.Cron == merged.Cron!.Trim() && r.TimeZone == merged.TimeZone && r.Enabled == merged.Enabled;
            ReportRules.Apply(r, merged, now);
            if (scheduleSame) r.NextRunAt = nextRun; // an edit of the view alone keeps the run already due
            var after = ScheduledReportResponse.Settings(r);
            if (JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after)) return r;
            r.Version++;
            r.UpdatedAt = now;
            audit.Record(new AuditRecord("scheduled_report.updated", "scheduled_report", r.Id.ToString(), new { before, after }));
            return r;
        }, ct);
        Preconditions.SetETag(http, report.Version);
        return TypedResults.Ok(ScheduledReportResponse.Of(report));
    }
}

public static class DeleteScheduledReport
{
    /// <summary>Removes the report with its runs, deliveries and files.</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, Runs.ReportFiles files, CancellationToken ct)
    {
        var runs = await db.WriteAsync(async c =>
        {
            var report = await ReportRules.LoadAsync(db, id, c);
            var runs = await db.Set<Runs.ReportRun>().AsNoTracking().Where(r => r.ReportId == id).ToListAsync(c);
            db.Set<ScheduledReport>().Remove(report);
            audit.Record(new AuditRecord("scheduled_report.deleted", "scheduled_report", id.ToString(), ScheduledReportResponse.Settings(report)));
            return runs;
        }, ct);
        foreach (var run in runs) files.Delete(run);
        return TypedResults.NoContent();
    }
}
