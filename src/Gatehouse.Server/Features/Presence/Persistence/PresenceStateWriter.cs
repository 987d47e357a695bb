using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Persistence;

/// <summary>
/// Writes chosen statuses, messages, activities and last-seen times to the user rows in batches,
/// never once per ping; on shutdown it writes everyone, so after a restart presence starts from
/// "everyone offline" with the right last-seen times. Chunks keep SQLite's single writer free for
/// API requests between them.
/// </summary>
public sealed class PresenceStateWriter(
    IPresenceRegistry registry, IServiceScopeFactory scopes, TimeProvider time, IOptions<PresenceOptions> options,
    ILogger<PresenceStateWriter> logger) : BackgroundService
{
    private const int ChunkSize = 500;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private int _stopped;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PersistInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FlushAsync(everyone: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Rows stay unsaved in the registry and go with the next batch.
                logger.LogError(e, "Presence batch write failed");
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Hosts may call StopAsync again while disposing; the final write happens once, while services are alive.
        if (Interlocked.Exchange(ref _stopped, 1) != 0) return;
        try
        {
            await FlushAsync(everyone: true, cancellationToken);
        }
        catch (ObjectDisposedException e)
        {
            // A host torn down without a graceful stop: what the batches already wrote is all there is.
            logger.LogWarning(e, "Presence state could not be written at shutdown");
        }
    }

    /// <summary>Writes what changed (or everyone); returns how many rows were written.</summary>
    public async Task<int> FlushAsync(bool everyone, CancellationToken ct)
    {
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var rows = registry.CollectUnsaved(everyone);
            foreach (var chunk in rows.Chunk(ChunkSize))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
                await db.WriteAsync(c => WriteChunkAsync(db, chunk, c), ct);
                registry.MarkSaved(chunk);
                // SQLite's calls complete synchronously: without this, every chunk of a flush runs in one go on one
                // thread pool thread (2,000 rows at 200 changes/s), and the gateway's changes queued meanwhile wait.
                await Task.Yield();
            }
            return rows.Count;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private static Task<int> WriteChunkAsync(GatehouseDb db, PresenceRow[] chunk, CancellationToken ct) =>
        MemberPresenceColumns.WriteAsync(db, [.. chunk.Select(r => new MemberPresenceState(r.UserId, r.Status, r.StatusMessage, r.StatusExpiresAt, r.ActivityName, r.LastSeenAt))], ct);
}
