using System.Collections.Concurrent;
using Gatehouse.Server.Features.Audit.Contracts;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Runs backups one at a time, whoever asks (the API, the schedule), keeps the progress of recent
/// runs for <c>GET /backups/jobs/{id}</c>, and raises each change for the <c>backups</c> live topic.
/// A request while one runs joins the running one instead of starting a second snapshot.
/// </summary>
public sealed class BackupRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<BackupRunner> logger)
{
    private const int KeptJobs = 20;
    private readonly ConcurrentDictionary<Guid, BackupJob> _jobs = new();
    private readonly Lock _startLock = new();
    private (BackupJob Job, Task Done)? _running;

    /// <summary>Raised when a run ends, either way (the self-test and tests wait on it instead of polling).</summary>
    public event Action<BackupJob>? Finished;

    /// <summary>
    /// Raised with a frozen copy of the job when it starts, each time its phase or whole percent moves
    /// (at most about a hundred times a run), and when it ends. Handlers must not block: the run waits.
    /// </summary>
    public event Action<BackupJob>? Changed;

    public BackupJob? Find(Guid id) => _jobs.GetValueOrDefault(id);

    /// <summary>The run in progress, frozen; null when none runs.</summary>
    public BackupJob? Running
    {
        get
        {
            lock (_startLock) return _running?.Job.Copy();
        }
    }

    /// <summary>Starts a backup (or joins the running one) and returns at once.</summary>
    public BackupJob Start(Guid? requestedBy, string trigger) => StartOrJoin(requestedBy, trigger).Job;

    /// <summary>Starts a backup (or joins the running one) and waits for it to finish.</summary>
    public async Task<BackupJob> RunAsync(Guid? requestedBy, string trigger)
    {
        var (job, done) = StartOrJoin(requestedBy, trigger);
        await done;
        return job;
    }

    private (BackupJob Job, Task Done) StartOrJoin(Guid? requestedBy, string trigger)
    {
        lock (_startLock)
        {
            if (_running is { } running) return running;
            var job = new BackupJob(Guid.CreateVersion7(), trigger, time.GetUtcNow().UtcDateTime);
            _jobs[job.Id] = job;
            foreach (var old in _jobs.Values.OrderByDescending(j => j.StartedAt).Skip(KeptJobs)) _jobs.TryRemove(old.Id, out _);
            var done = Task.Run(() => ExecuteAsync(job, requestedBy));
            _running = (job, done);
            return (job, done);
        }
    }

    private async Task ExecuteAsync(BackupJob job, Guid? requestedBy)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var audit = services.GetRequiredService<IAuditLog>();
        try
        {
            Changed?.Invoke(job.Copy());
            var entry = await services.GetRequiredService<BackupWriter>().WriteAsync(job.StartedAt, (phase, fraction) =>
            {
                if (job.Report(phase, fraction)) Changed?.Invoke(job.Copy());
            }, CancellationToken.None);
            var pruned = await services.GetRequiredService<BackupCatalog>().PruneAsync(CancellationToken.None);
            job.Succeed(entry);
            await audit.RecordAloneAsync(new AuditRecord("backup.created", "backup", entry.Name,
                new { job.Trigger, entry.SizeBytes, entry.Checksum, entry.Encrypted, pruned }, ActorUserId: requestedBy), CancellationToken.None);
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or InvalidOperationException
                                      or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException
                                      or System.ComponentModel.Win32Exception)
        {
            logger.LogError(e, "Backup {JobId} failed", job.Id);
            job.Fail(e.Message);
            await audit.RecordAloneAsync(new AuditRecord("backup.created", "backup", null,
                new { job.Trigger, error = e.Message }, "fail", requestedBy), CancellationToken.None);
        }
        // Cleared before anyone hears of the end, so a run asked for from then on is a new one, not this one joined.
        lock (_startLock) _running = null;
        Changed?.Invoke(job.Copy());
        Finished?.Invoke(job);
    }
}
