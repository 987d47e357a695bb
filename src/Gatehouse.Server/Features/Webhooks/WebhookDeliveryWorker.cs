using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Sends pending deliveries. Each webhook has at most one send in flight and sends its oldest
/// pending delivery first, so a healthy receiver sees events in commit order; a failing one holds
/// its queue on the retry schedule (the circuit) until it answers again, is disabled, or the
/// delivery runs out of attempts. Webhooks never wait on each other.
/// </summary>
public sealed class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, WebhookSignal signal, WebhookSender sender, WebhookAttemptRecorder recorder, WebhookSendCaps caps, IOptions<WebhooksOptions> options,
    TimeProvider time, ILogger<WebhookDeliveryWorker> logger, ClusterLease lease, WebhookTelemetry telemetry) : BackgroundService
{
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(5);
    /// <summary>How often the queue is counted for the queue-depth gauge (rounds can come many times a second).</summary>
    private static readonly TimeSpan CountEvery = TimeSpan.FromSeconds(5);
    private DateTime _counted = DateTime.MinValue;
    private readonly ConcurrentDictionary<Guid, Task> _inFlight = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Once per cluster: only the lease holder runs it (always this node when alone).
            await lease.WaitUntilLeaderAsync(stoppingToken);
            DateTime? wake = null;
            try
            {
                wake = await StartDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Webhook delivery round failed; retrying");
            }
            try
            {
                await signal.WaitAsync(wake - time.GetUtcNow().UtcDateTime, time, Rescan, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        try
        {
            await Task.WhenAll(_inFlight.Values);
        }
        catch (OperationCanceledException)
        {
            // Sends cut short by shutdown stay pending and go out after the restart.
        }
    }

    /// <summary>Starts a send for every webhook whose oldest pending delivery is due; answers when the next one falls due.</summary>
    private async Task<DateTime?> StartDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var now = time.GetUtcNow().UtcDateTime;
        if (now - _counted >= CountEvery)
        {
            telemetry.QueueCounted(await db.Set<WebhookDelivery>().LongCountAsync(d => d.Status == DeliveryStatuses.Pending, ct));
            _counted = now;
        }
        DateTime? wake = null;
        foreach (var hook in await db.Set<Webhook>().AsNoTracking().Where(w => w.Enabled).ToListAsync(ct))
        {
            if (_inFlight.ContainsKey(hook.Id)) continue;
            var head = await db.Set<WebhookDelivery>().AsNoTracking()
                .Where(d => d.WebhookId == hook.Id && d.Status == DeliveryStatuses.Pending)
                .OrderBy(d => d.Sequence).ThenBy(d => d.CreatedAt).FirstOrDefaultAsync(ct);
            if (head is null) continue;
            var due = head.NextAttemptAt ?? now;
            if (due > now)
            {
                wake = Earliest(wake, due);
                continue;
            }
            if (caps.TryTake(hook.Id, hook.MaxPerSecond ?? options.Value.DefaultMaxPerSecond, now) is { } capped)
            {
                wake = Earliest(wake, capped);
                continue;
            }
            _inFlight[hook.Id] = Task.Run(() => DeliverAsync(hook, head, ct), CancellationToken.None);
        }
        return wake;
    }

    private async Task DeliverAsync(Webhook hook, WebhookDelivery delivery, CancellationToken ct)
    {
        using var span = telemetry.StartSend(hook, delivery);
        try
        {
            var attempt = await sender.SendAsync(hook, delivery, ct);
            telemetry.Attempted(attempt.Succeeded);
            span?.SetTag("http.response.status_code", attempt.Status);
            if (!attempt.Succeeded) span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, attempt.Error);
            await recorder.RecordAsync(hook.Id, [new WebhookAttemptRecorder.Sent(delivery.Id, attempt)], ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The attempt stays pending and is made again: at least once, never lost.
            logger.LogWarning(e, "Could not record webhook delivery {DeliveryId}", delivery.Id);
        }
        finally
        {
            _inFlight.TryRemove(hook.Id, out _);
            signal.Notify();
        }
    }

    private static DateTime Earliest(DateTime? a, DateTime b) => a is { } x && x < b ? x : b;
}

/// <summary>The per-webhook per-second cap, counted on the domain clock.</summary>
public sealed class WebhookSendCaps
{
    private readonly ConcurrentDictionary<Guid, (long Second, int Count)> _counts = new();

    /// <summary>Takes a slot now, or answers when the next second starts.</summary>
    public DateTime? TryTake(Guid webhookId, int perSecond, DateTime now)
    {
        var second = now.Ticks / TimeSpan.TicksPerSecond;
        var current = _counts.GetValueOrDefault(webhookId);
        if (current.Second != second) current = (second, 0);
        if (current.Count >= perSecond) return new DateTime((second + 1) * TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        _counts[webhookId] = (second, current.Count + 1);
        return null;
    }
}
