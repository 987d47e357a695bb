using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Takes a backup every <see cref="BackupsOptions.Interval"/> (the RPO) and, every
/// <see cref="BackupsOptions.VerifyInterval"/>, restores the newest unverified backup into a
/// temporary directory (or database) as a self-test and notes the outcome beside it. In a cluster
/// only the lease holder does either, so one dump is taken per interval, not one per node. Time
/// comes from the injected clock, so tests drive both loops with a fake one.
/// </summary>
public sealed class BackupScheduler(
    BackupRunner runner, BackupCatalog catalog, IOptions<BackupsOptions> options, IOptions<GatehouseOptions> gatehouse,
    IConfiguration configuration, ClusterLease lease, TimeProvider time, ILogger<BackupScheduler> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTime? _timerStartedAt;

    /// <summary>Completes once both timers run (or the schedule is off): a test moves its fake clock only after this.</summary>
    internal Task Ready => _ready.Task;

    /// <summary>When this node's next scheduled backup is due; null when it takes none (schedule off, or another node holds the lease).</summary>
    public DateTime? NextRunAt()
    {
        if (_timerStartedAt is not { } start || !lease.IsLeader) return null;
        var interval = options.Value.Interval;
        var elapsed = time.GetUtcNow().UtcDateTime - start;
        return start + interval * (Math.Floor(elapsed / interval) + 1);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            _ready.TrySetResult();
            return;
        }
        using var backups = new PeriodicTimer(options.Value.Interval, time);
        using var selfTests = new PeriodicTimer(options.Value.VerifyInterval, time);
        _timerStartedAt = time.GetUtcNow().UtcDateTime;
        _ready.TrySetResult();
        await Task.WhenAll(EveryAsync(backups, BackupAsync, stoppingToken), EveryAsync(selfTests, SelfTestAsync, stoppingToken));
    }

    /// <summary>
    /// A periodic timer keeps its cadence while work runs (a tick during a long backup is taken right
    /// after it), and one failed run is logged, not allowed to stop the schedule or the host.
    /// </summary>
    private async Task EveryAsync(PeriodicTimer timer, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                // Off the tick's thread, so ticks missed while a moved clock fires them coalesce (as in AlertScheduler).
                await Task.Yield();
                // Once per cluster: only the lease holder runs it (always this node when alone).
                if (!lease.IsLeader) continue;
                try
                {
                    await work(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Scheduled backup work failed");
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
    }

    private async Task BackupAsync(CancellationToken ct) => await runner.RunAsync(null, "scheduled");

    /// <summary>Verifies the newest backup that has no verdict yet.</summary>
    public async Task SelfTestAsync(CancellationToken ct)
    {
        var newest = (await catalog.ListAsync(ct)).FirstOrDefault();
        if (newest is null || newest.Verification is not null) return;
        var path = Path.Combine(catalog.Directory, newest.Name);
        var postgres = PersistenceModule.IsPostgres(gatehouse.Value)
            ? new PostgresServer(configuration.GetConnectionString("Postgres") ?? "", options.Value.PostgresBinDirectory)
            : null;
        var (report, problem) = await BackupVerification.VerifyAsync(path, options.Value.EncryptionKeyBytes(), postgres, ct);
        if (problem is not null) logger.LogError("Backup self-test failed for {Backup}: {Problem}", newest.Name, problem);
        var detail = report is null ? problem! : $"{report.Manifest.Members} members, audit chain verified to seq {report.Chain.LastSeq}";
        await catalog.RecordVerificationAsync(path, new BackupCatalog.Verification(time.GetUtcNow().UtcDateTime, report is not null, detail), ct);
    }
}
