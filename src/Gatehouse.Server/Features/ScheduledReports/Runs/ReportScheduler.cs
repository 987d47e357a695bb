using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>Runs a <see cref="ReportWorker"/> pass every <see cref="ScheduledReportsOptions.CheckEvery"/> on the domain clock, on the lease holder only.</summary>
public sealed class ReportScheduler(ReportWorker worker, IOptions<ScheduledReportsOptions> options, TimeProvider time, ClusterLease lease,
    ILogger<ReportScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                // Off the tick's thread: a clock moved by days fires every missed tick in one call, and
                // running each pass inline there would run them all; queued, they coalesce.
                await Task.Yield();
                if (!lease.IsLeader) continue;
                try
                {
                    await worker.PassAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Scheduled reports pass failed; the next one runs on schedule");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}
