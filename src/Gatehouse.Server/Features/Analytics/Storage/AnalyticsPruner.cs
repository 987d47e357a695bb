using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// Deletes raw events past their retention and rollups past theirs (one cutoff for every resolution: a
/// folded quarter or hour goes with its minutes), a chunk per transaction, so the
/// raw-event writer and everyone else waits at most one short delete for the write gate.
/// </summary>
public sealed class AnalyticsPruner(IServiceScopeFactory scopes, TimeProvider time, IOptions<AnalyticsOptions> options,
    ILogger<AnalyticsPruner> logger, ClusterLease lease) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        do
        {
            // Once per cluster: only the lease holder runs it (always this node when alone).
            if (!lease.IsLeader) continue;
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Analytics pruning failed; it runs again at the next interval");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many raw events and rollups it deleted.</summary>
    public async Task<(int Events, int Rollups)> PruneAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var rawCutoff = now - o.RawRetention;
        var rollupCutoff = now - o.RollupRetention;
        var events = await InChunksAsync(db => db.Set<RawEvent>().Where(e => e.ReceivedAt < rawCutoff).OrderBy(e => e.ReceivedAt).Take(o.PruneChunk)
            .Select(e => e.Id), (db, ids) => db.Set<RawEvent>().Where(e => ids.Contains(e.Id)), ct);
        var rollups = await InChunksAsync(db => db.Set<Rollup>().Where(r => r.Bucket < rollupCutoff).OrderBy(r => r.Bucket).Take(o.PruneChunk)
            .Select(r => r.Id), (db, ids) => db.Set<Rollup>().Where(r => ids.Contains(r.Id)), ct);
        return (events, rollups);
    }

    private async Task<int> InChunksAsync<TKey, TRow>(Func<GatehouseDb, IQueryable<TKey>> pick, Func<GatehouseDb, List<TKey>, IQueryable<TRow>> rows,
        CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            // The ids are read outside the gate; only the delete of one chunk holds it.
            var ids = await pick(db).ToListAsync(ct);
            if (ids.Count == 0) return total;
            total += await db.WriteAsync(c => rows(db, ids).ExecuteDeleteAsync(c), ct);
            if (ids.Count < options.Value.PruneChunk) return total;
        }
    }
}
