using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>Every <see cref="GroupsOptions.EvaluateEvery"/> on the domain clock: re-evaluates the rules whose answer changes with time alone.</summary>
public sealed partial class GroupScheduler(GroupEngine engine, IOptions<GroupsOptions> options, TimeProvider time, ClusterLease lease, ILogger<GroupScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluateEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Off the tick's thread: a clock moved by days fires every missed period in one call; queued, they coalesce.
            await Task.Yield();
            if (!lease.IsLeader) continue;
            try
            {
                await engine.EvaluateAsync(null, null, "schedule", onlyTimeBound: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
            try
            {
                // After the scheduled pass: a rule that keeps failing to resume never holds the schedule back.
                await engine.ResumePendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduled dynamic group pass failed; the next one runs on schedule")]
    private partial void LogFailed(Exception e);
}
