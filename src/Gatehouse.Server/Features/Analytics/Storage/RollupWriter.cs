using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// Stores each closed minute as 1-minute rollups, and when a quarter hour or an hour is complete, folds its
/// minutes into 15-minute or 1-hour rollups (so a month at step 15m, or "this hour against the same hour last
/// week", reads a few rows per point). In a cluster every node holds the same merged minutes, so only the lease
/// holder stores them: each minute is written once, by one writer (nodes adding their own minutes would race
/// on the same rows and could not add gauges).
/// </summary>
public sealed class RollupWriter(LiveWindows windows, ClusterLease lease, IServiceScopeFactory scopes, ILogger<RollupWriter> logger) : BackgroundService
{
    private static readonly TimeSpan QuarterHour = TimeSpan.FromSeconds(StoredMetrics.Quarter);

    // The last minute this writer stored; null until known (read from the database once per leadership).
    private DateTime? _lastMinute;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var minute in windows.ClosedMinutes.ReadAllAsync(stoppingToken))
        {
            if (!lease.IsLeader)
            {
                _lastMinute = null;
                continue;
            }
            try
            {
                await StoreAsync(minute, stoppingToken);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(e, "Could not store the analytics rollups of {Minute}", minute.Start);
            }
        }
    }

    /// <summary>
    /// Stores a closed minute and folds what it completes. A quarter or hour whose last minute never closed here
    /// (the server was down at its end, or the lease moved) is folded when the first minute after it arrives.
    /// </summary>
    public async Task StoreAsync(WindowAccumulator minute, CancellationToken ct)
    {
        var previous = _lastMinute ?? await LastStoredMinuteBeforeAsync(minute.Start, ct);
        await WriteMinuteAsync(minute, ct);
        _lastMinute = minute.Start;
        if (previous is { } p)
            foreach (var resolution in StoredMetrics.Folded)
            {
                var unit = TimeSpan.FromSeconds(resolution);
                var end = p.AddMinutes(1);
                if (Floor(p, unit) < Floor(minute.Start, unit) && end.Ticks % unit.Ticks != 0) await FoldAsync(Floor(p, unit), resolution, ct);
            }
        if (minute.End.Ticks % QuarterHour.Ticks == 0) await CompactQuarterAsync(minute.End - QuarterHour, ct);
        if (minute.End.Ticks % TimeSpan.TicksPerHour == 0) await CompactHourAsync(minute.End.AddHours(-1), ct);
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

    /// <summary>Rebuilds the quarter hour starting at <paramref name="quarter"/> from its minutes (idempotent).</summary>
    public Task CompactQuarterAsync(DateTime quarter, CancellationToken ct) => FoldAsync(quarter, StoredMetrics.Quarter, ct);

    /// <summary>Rebuilds the hour starting at <paramref name="hour"/> from its minutes (idempotent).</summary>
    public Task CompactHourAsync(DateTime hour, CancellationToken ct) => FoldAsync(hour, StoredMetrics.Hour, ct);

    private async Task FoldAsync(DateTime start, int resolution, CancellationToken ct)
    {
        var end = start.AddSeconds(resolution);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.WriteAsync(async c =>
        {
            var minutes = await db.Set<Rollup>().AsNoTracking()
                .Where(r => r.ResolutionSeconds == StoredMetrics.Minute && r.Bucket >= start && r.Bucket < end).ToListAsync(c);
            await db.Set<Rollup>().Where(r => r.ResolutionSeconds == resolution && r.Bucket == start).ExecuteDeleteAsync(c);
            foreach (var group in minutes.GroupBy(r => (r.Metric, r.Dimension, r.Value)))
            {
                var row = new Rollup
                {
                    ResolutionSeconds = resolution,
                    Bucket = start,
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

    private async Task<DateTime?> LastStoredMinuteBeforeAsync(DateTime minute, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        return await db.Set<Rollup>().Where(r => r.ResolutionSeconds == StoredMetrics.Minute && r.Bucket < minute)
            .MaxAsync(r => (DateTime?)r.Bucket, ct);
    }

    private static DateTime Floor(DateTime t, TimeSpan unit) => new(t.Ticks - t.Ticks % unit.Ticks, DateTimeKind.Utc);
}
