using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// Stores each closed minute as 1-minute rollups, and when an hour is complete, folds its minutes into
/// 1-hour rollups (so "this hour against the same hour last week" reads a handful of rows). In a cluster
/// every node holds the same merged minutes, so only the lease holder stores them: each minute is written
/// once, by one writer (nodes adding their own minutes would race on the same rows and could not add gauges).
/// </summary>
public sealed class RollupWriter(LiveWindows windows, ClusterLease lease, IServiceScopeFactory scopes, ILogger<RollupWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var minute in windows.ClosedMinutes.ReadAllAsync(stoppingToken))
        {
            if (!lease.IsLeader) continue;
            try
            {
                await WriteMinuteAsync(minute, stoppingToken);
                if (minute.End.Ticks % TimeSpan.TicksPerHour == 0) await CompactHourAsync(minute.End.AddHours(-1), stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Could not store the analytics rollups of {Minute}", minute.Start);
            }
        }
    }

    public async Task WriteMinuteAsync(WindowAccumulator minute, CancellationToken ct)
    {
        var rows = RollupRows.Of(minute);
        if (rows.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.WriteAsync(async c =>
        {
            // A restart inside a minute may store that minute twice: add to what is there.
            var existing = await db.Set<Rollup>().Where(r => r.ResolutionSeconds == StoredMetrics.Minute && r.Bucket == minute.Start)
                .ToDictionaryAsync(r => (r.Metric, r.Dimension, r.Value), c);
            foreach (var row in rows)
            {
                if (existing.TryGetValue((row.Metric, row.Dimension, row.Value), out var stored)) RollupRows.Accumulate(stored, row);
                else db.Add(row);
            }
            return 0;
        }, ct);
    }

    /// <summary>Rebuilds the hour starting at <paramref name="hour"/> from its minutes (idempotent).</summary>
    public async Task CompactHourAsync(DateTime hour, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.WriteAsync(async c =>
        {
            var minutes = await db.Set<Rollup>().AsNoTracking()
                .Where(r => r.ResolutionSeconds == StoredMetrics.Minute && r.Bucket >= hour && r.Bucket < hour.AddHours(1)).ToListAsync(c);
            await db.Set<Rollup>().Where(r => r.ResolutionSeconds == StoredMetrics.Hour && r.Bucket == hour).ExecuteDeleteAsync(c);
            foreach (var group in minutes.GroupBy(r => (r.Metric, r.Dimension, r.Value)))
            {
                var row = new Rollup
                {
                    ResolutionSeconds = StoredMetrics.Hour,
                    Bucket = hour,
                    Metric = group.Key.Metric,
                    Dimension = group.Key.Dimension,
                    Value = group.Key.Value,
                };
                foreach (var m in group) RollupRows.Accumulate(row, m);
                db.Add(row);
            }
            return 0;
        }, ct);
    }
}
