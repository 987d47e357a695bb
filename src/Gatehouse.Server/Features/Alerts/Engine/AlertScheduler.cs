using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Alerts.Engine;

/// <summary>Runs an evaluation pass every <see cref="AlertsOptions.EvaluateEvery"/> on the domain clock.</summary>
public sealed class AlertScheduler(AlertEvaluator evaluator, IOptions<AlertsOptions> options, TimeProvider time, ILogger<AlertScheduler> log, ClusterLease lease)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluateEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Off the tick's thread: a clock moved by days fires every missed period in one call, and
            // running each pass inline there would evaluate thousands of times; queued, they coalesce.
            await Task.Yield();
            // Once per cluster: only the lease holder runs it (always this node when alone).
            if (!lease.IsLeader) continue;
            try
            {
                await evaluator.EvaluateAsync(stoppingToken);
            }
            // A rule edited during the pass: its state is written on the next pass.
            catch (DbUpdateConcurrencyException)
            {
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Alert evaluation pass failed; the next one runs on schedule");
            }
        }
    }
}
