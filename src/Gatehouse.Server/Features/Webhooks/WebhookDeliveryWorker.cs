using System.Collections.Concurrent;
using System.Diagnostics;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Sends pending deliveries. Each webhook has at most one send in flight and sends its oldest
/// pending deliveries first, a run at a time, so a healthy receiver sees events in commit order; a failing one holds
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
    /// <summary>How long a run may send before its outcomes are committed (real time: it bounds how stale the log is).</summary>
    private static readonly TimeSpan RunTime = TimeSpan.FromSeconds(1);
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
            _inFlight[hook.Id] = Task.Run(() => DeliverAsync(hook, ct), CancellationToken.None);
        }
        return wake;
    }

    /// <summary>
    /// Sends the webhook's due deliveries in order, one at a time, and commits their outcomes together:
    /// a healthy receiver costs one write transaction per run instead of one per delivery. The run
    /// stops at the first failure (later events wait behind it, so order holds), at a delivery not due
    /// yet, at the per-second cap, or after <see cref="WebhooksOptions.RunLength"/> sends. A crash
    /// before the commit sends the run again with the same <c>webhook-id</c>s: at least once.
    /// </summary>
    private async Task DeliverAsync(Webhook hook, CancellationToken ct)
    {
        var sent = new List<WebhookAttemptRecorder.Sent>();
        var started = Stopwatch.GetTimestamp();
        try
        {
            foreach (var delivery in await RunOfAsync(hook, ct))
            {
                // A slow receiver does not keep outcomes out of the delivery log for long.
                if (sent.Count > 0 && (Stopwatch.GetElapsedTime(started) > RunTime || !TakeTurn(hook, delivery))) break;
                var attempt = await SendAsync(hook, delivery, ct);
                sent.Add(new WebhookAttemptRecorder.Sent(delivery.Id, attempt));
                if (!attempt.Succeeded) break;
            }
            if (sent.Count > 0) await recorder.RecordAsync(hook.Id, sent, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The attempts stay pending and are made again: at least once, never lost.
            logger.LogWarning(e, "Could not record {Count} webhook deliveries of {WebhookId}", sent.Count, hook.Id);
        }
        finally
        {
            _inFlight.TryRemove(hook.Id, out _);
            signal.Notify();
        }
    }

    /// <summary>The webhook's oldest pending deliveries, its queue head first (the head's turn was taken by the caller).</summary>
    private async Task<List<WebhookDelivery>> RunOfAsync(Webhook hook, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<WebhookDelivery>().AsNoTracking()
            .Where(d => d.WebhookId == hook.Id && d.Status == DeliveryStatuses.Pending)
            .OrderBy(d => d.Sequence).ThenBy(d => d.CreatedAt).Take(options.Value.RunLength).ToListAsync(ct);
    }

    /// <summary>A later delivery of the run goes now if it is due and the per-second cap allows it.</summary>
    private bool TakeTurn(Webhook hook, WebhookDelivery delivery)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (delivery.NextAttemptAt ?? now) <= now && caps.TryTake(hook.Id, hook.MaxPerSecond ?? options.Value.DefaultMaxPerSecond, now) is null;
    }

    private async Task<SignedWebhookResult> SendAsync(Webhook hook, WebhookDelivery delivery, CancellationToken ct)
    {
        using var span = telemetry.StartSend(hook, delivery);
        var attempt = await sender.SendAsync(hook, delivery, ct);
        telemetry.Attempted(attempt.Succeeded);
        span?.SetTag("http.response.status_code", attempt.Status);
        if (!attempt.Succeeded) span?.SetStatus(ActivityStatusCode.Error, attempt.Error);
        return attempt;
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
