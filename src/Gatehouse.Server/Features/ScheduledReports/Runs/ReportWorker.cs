using Gatehouse.Server.Features.ScheduledReports.Definitions;
using Gatehouse.Server.Features.ScheduledReports.Delivery;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>
/// One pass of the scheduled-report work: start the runs that fell due, send due deliveries, delete
/// expired files. Passes never overlap. A due report is claimed by moving its <c>next_run_at</c> with
/// a conditional update, so even two nodes passing at once run it once; missed occurrences (a node
/// down for days) give one run, for the latest, not one per occurrence.
/// </summary>
public sealed class ReportWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReportWorker> log)
{
    private readonly SemaphoreSlim _pass = new(1, 1);

    /// <summary>Raised after each pass (tests wait on it instead of sleeping).</summary>
    public event Action<DateTime>? PassDone;

    /// <summary>
    /// Starts a pass in the background now (after "run now", so its deliveries leave at once). A pass
    /// that fails is tried again a few times within seconds: the admin is watching the run, and the
    /// scheduled pass may be <see cref="ScheduledReportsOptions.CheckEvery"/> away.
    /// </summary>
    public void Kick() => _ = Task.Run(async () =>
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PassAsync(CancellationToken.None);
                return;
            }
            catch (Exception e) when (attempt < KickAttempts)
            {
                log.LogWarning(e, "Scheduled reports pass failed (attempt {Attempt} of {Attempts}); trying again", attempt, KickAttempts);
                await Task.Delay(TimeSpan.FromSeconds(attempt), time);
            }
            catch (Exception e)
            {
                log.LogError(e, "Scheduled reports pass failed; the next one runs on schedule");
                return;
            }
        }
    });

    private const int KickAttempts = 3;

    public async Task PassAsync(CancellationToken ct)
    {
        await _pass.WaitAsync(ct);
        try
        {
            await RunDueAsync(ct);
            await using (var scope = scopes.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<ReportDeliverer>().DeliverDueAsync(ct);
            await PruneAsync(ct);
        }
        finally
        {
            _pass.Release();
        }
        PassDone?.Invoke(time.GetUtcNow().UtcDateTime);
    }

    private async Task RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var due = await db.Set<ScheduledReport>().AsNoTracking().Where(r => r.Enabled && r.NextRunAt != null && r.NextRunAt <= now)
            .OrderBy(r => r.NextRunAt).ToListAsync(ct);
        foreach (var report in due)
        {
            var scheduledFor = report.NextRunAt!.Value;
            var next = ReportSchedule.Next(report.Cron, report.TimeZone, now);
            var claimed = await db.WriteAsync(c => db.Set<ScheduledReport>().Where(r => r.Id == report.Id && r.NextRunAt == scheduledFor)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.NextRunAt, next), c), ct) == 1;
            if (!claimed) continue; // another node (or an edit) moved it first
            try
            {
                await using var runScope = scopes.CreateAsyncScope();
                await runScope.ServiceProvider.GetRequiredService<ReportRunner>().RunAsync(report, RunTriggers.Schedule, scheduledFor, null, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Scheduled report {Report} failed to run", report.Id);
            }
        }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var files = scope.ServiceProvider.GetRequiredService<ReportFiles>();
        var expired = await db.Set<ReportRun>().Where(r => r.FilesExpireAt != null && r.FilesExpireAt <= now).Take(500).ToListAsync(ct);
        if (expired.Count == 0) return;
        foreach (var run in expired)
        {
            files.Delete(run);
            run.FilesExpireAt = null;
        }
        await db.WriteAsync(_ => Task.FromResult(0), ct);
    }
}
