using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Runs;

public static class RunScheduledReport
{
    /// <summary>Makes the files now (the period ends now) and queues the deliveries, which start at once; the schedule is untouched.</summary>
    public static async Task<Created<ReportRunResponse>> Handle(
        Guid id, GatehouseDb db, IAuditLog audit, ReportRunner runner, ReportWorker worker, CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var report = await ReportRules.LoadAsync(db, id, ct);
        await audit.RecordAloneAsync(new AuditRecord("scheduled_report.run_requested", "scheduled_report", id.ToString(), new { name = report.Name }), ct);
        var run = await runner.RunAsync(report, RunTriggers.Manual, time.GetUtcNow().UtcDateTime, actor.UserId, ct);
        worker.Kick();
        var deliveries = await db.Set<ReportDelivery>().AsNoTracking().Where(d => d.RunId == run.Id).ToListAsync(ct);
        return TypedResults.Created($"/api/v1/reports/scheduled/{id}/runs", ReportRunResponse.Of(run, deliveries));
    }
}

public static class ListReportRuns
{
    public const int MaxLimit = 100;

    /// <summary>The report's runs, newest first, each with its deliveries.</summary>
    public static async Task<Results<Ok<Page<ReportRunResponse>>, ValidationProblem>> Handle(Guid id, int? limit, GatehouseDb db, CancellationToken ct)
    {
        var take = limit ?? 20;
        if (take is < 1 or > MaxLimit) return Problems.Validation(new Dictionary<string, string[]> { ["limit"] = [Messages.Get("limit.range", MaxLimit)] });
        await ReportRules.LoadAsync(db, id, ct);
        var runs = await db.Set<ReportRun>().AsNoTracking().Where(r => r.ReportId == id).OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(take).ToListAsync(ct);
        var ids = runs.Select(r => r.Id).ToList();
        var deliveries = (await db.Set<ReportDelivery>().AsNoTracking().Where(d => ids.Contains(d.RunId)).ToListAsync(ct))
            .OrderBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Address, StringComparer.Ordinal).ToLookup(d => d.RunId);
        return TypedResults.Ok(new Page<ReportRunResponse>([.. runs.Select(r => ReportRunResponse.Of(r, deliveries[r.Id]))], null, runs.Count));
    }
}

public static class DownloadReportFile
{
    /// <summary>A run's file in one of its languages (the first when none is asked), streamed from disk; each download is audited.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Handle(
        Guid id, Guid runId, string? language, GatehouseDb db, IAuditLog audit, ReportFiles files, IOptions<ScheduledReportsOptions> options,
        CancellationToken ct)
    {
        var report = await ReportRules.LoadAsync(db, id, ct);
        var run = await db.Set<ReportRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId && r.ReportId == id, ct);
        if (run is null) return Problems.NotFound("run");
        var gone = Problems.Make(410, "gone", ReportText.Get("file.gone", (int)options.Value.KeepFilesFor.TotalDays));
        if (run.FilesExpireAt is null || run.Languages.Count == 0) return gone;
        var lang = language ?? run.Languages[0];
        if (!run.Languages.Contains(lang))
            return Problems.Make(404, "not-found", ReportText.Get("language.not_made", lang, string.Join(", ", run.Languages)));
        var path = files.PathOf(run.Id, lang, run.Format);
        if (!File.Exists(path)) return gone;
        await audit.RecordAloneAsync(new AuditRecord("scheduled_report.downloaded", "scheduled_report", id.ToString(), new { run_id = runId, language = lang }), ct);
        return TypedResults.File(File.OpenRead(path), ReportFiles.ContentType(run.Format), ReportFiles.DownloadName(report, run, lang));
    }
}
