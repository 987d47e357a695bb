using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// Drains <see cref="RawEventQueue"/> into <c>analytics_events</c>, about <c>WriteBatch</c> rows per
/// transaction (whole ingest batches): one commit for thousands of events instead of one per event, and plain multi-row inserts
/// instead of tracked entities (<see cref="RawEventInsert"/>), so storing them leaves the CPU to the requests.
/// </summary>
public sealed class RawEventWriter(RawEventQueue queue, IServiceScopeFactory scopes, IOptions<AnalyticsOptions> options,
    ILogger<RawEventWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<RawEvent>(options.Value.WriteBatch);
        try
        {
            while (await queue.WaitToReadAsync(stoppingToken))
            {
                if (!queue.TryRead(batch, options.Value.WriteBatch)) continue;
                await WriteAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: store what is already queued (the host gives us its shutdown timeout).
            queue.TryRead(batch, int.MaxValue);
            if (batch.Count > 0) await WriteAsync(batch, CancellationToken.None);
        }
    }

    private async Task WriteAsync(List<RawEvent> batch, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            // Not synced to the disk at once: these events waited in memory until now, and a later synced commit carries them.
            await db.WriteWithoutSyncAsync(c => RawEventInsert.InsertAsync(db, batch, c), ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(e, "Could not store {Count} analytics events; they stay in the live aggregates only", batch.Count);
        }
        finally
        {
            queue.Written(batch.Count);
        }
    }
}
