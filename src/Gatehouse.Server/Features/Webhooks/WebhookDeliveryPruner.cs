using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Deletes finished delivery attempts (succeeded or failed) older than
/// <see cref="WebhooksOptions.DeliveryRetention"/>, a small batch per transaction so senders and
/// the fan-out wait at most one batch for the write gate. Pending deliveries are never pruned:
/// they are the queue.
/// </summary>
public sealed partial class WebhookDeliveryPruner(
    IServiceScopeFactory scopes, IOptions<WebhooksOptions> options, TimeProvider time, ILogger<WebhookDeliveryPruner> logger, ClusterLease lease) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Once per cluster: only the lease holder runs it (always this node when alone).
            await lease.WaitUntilLeaderAsync(stoppingToken);
            try
            {
                var pruned = await PruneAsync(stoppingToken);
                if (pruned > 0) LogPruned(pruned);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPruneFailed(e);
            }
            try
            {
                await Task.Delay(options.Value.PruneInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One pass: every finished delivery past the retention, batch by batch. Returns how many were deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken ct)
    {
        var o = options.Value;
        var cutoff = time.GetUtcNow().UtcDateTime - o.DeliveryRetention;
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var deleted = await db.WriteAsync(async c =>
            {
                var batch = await db.Set<WebhookDelivery>().AsNoTracking()
                    .Where(d => d.Status != DeliveryStatuses.Pending && d.CreatedAt < cutoff)
                    .OrderBy(d => d.CreatedAt).Select(d => d.Id).Take(o.PruneBatch).ToListAsync(c);
                return batch.Count == 0 ? 0 : await db.Set<WebhookDelivery>().Where(d => batch.Contains(d.Id)).ExecuteDeleteAsync(c);
            }, ct);
            total += deleted;
            if (deleted < o.PruneBatch) return total;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} webhook delivery attempts past retention")]
    private partial void LogPruned(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning webhook deliveries failed; the next pass retries")]
    private partial void LogPruneFailed(Exception e);
}
