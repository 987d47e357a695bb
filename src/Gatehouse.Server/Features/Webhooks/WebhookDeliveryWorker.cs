using System.Collections.Concurrent;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// Starts one drain per webhook whose queue head is due. A drain sends that webhook's due
/// deliveries oldest first, one at a time, and commits their outcomes in batches
/// (<see cref="WebhookAttemptRecorder"/>), so a healthy receiver sees events in commit order and a
/// busy queue costs one write transaction per batch, not per delivery. A failure stops the drain:
/// the head waits on its retry schedule (the circuit) and holds the rest behind it. Webhooks never
/// wait on each other; the queue heads are read once per wake-up, not once per delivery.
/// </summary>
public sealed class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, WebhookSignal signal, WebhookSender sender, WebhookAttemptRecorder recorder, WebhookSendCaps caps,
    IOptions<WebhooksOptions> options, TimeProvider time, ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(5);
    /// <summary>Deliveries read per round of a drain; the webhook's settings are re-read between rounds.</summary>
    private const int Batch = 50;
    /// <summary>How long sent deliveries may wait to be recorded (a redelivery after a crash repeats at most this much).</summary>
    private static readonly TimeSpan RecordEvery = TimeSpan.FromMilliseconds(100);

    private readonly ConcurrentDictionary<Guid, Task> _draining = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
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
            await Task.WhenAll(_draining.Values);
        }
        catch (OperationCanceledException)
        {
            // Sends cut short by shutdown stay pending and go out after the restart.
        }
    }

    /// <summary>Starts a drain for every idle webhook whose queue head is due; answers when the next head falls due.</summary>
    private async Task<DateTime?> StartDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var enabled = await db.Set<Webhook>().AsNoTracking().Where(w => w.Enabled).Select(w => w.Id).ToListAsync(ct);
        // A drain that ended before its task was stored leaves a completed entry behind: that webhook is idle too.
        var idle = enabled.Where(id => !_draining.TryGetValue(id, out var drain) || drain.IsCompleted).ToList();
        if (idle.Count == 0) return null;

        var pending = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.Status == DeliveryStatuses.Pending && idle.Contains(d.WebhookId));
        var firsts = pending.GroupBy(d => d.WebhookId).Select(g => new { WebhookId = g.Key, Sequence = g.Min(d => d.Sequence) });
        var heads = await (from d in pending
                           join f in firsts on new { d.WebhookId, d.Sequence } equals new { f.WebhookId, f.Sequence }
                           select new { d.WebhookId, d.CreatedAt, d.NextAttemptAt }).ToListAsync(ct);

        var now = time.GetUtcNow().UtcDateTime;
        DateTime? wake = null;
        foreach (var head in heads.GroupBy(h => h.WebhookId).Select(g => g.OrderBy(h => h.CreatedAt).First()))
        {
            var due = head.NextAttemptAt ?? now;
            if (due > now)
            {
                wake = Earliest(wake, due);
                continue;
            }
            var webhookId = head.WebhookId;
            _draining[webhookId] = Task.Run(() => DrainAsync(webhookId, ct), CancellationToken.None);
        }
        return wake;
    }

    private async Task DrainAsync(Guid webhookId, CancellationToken ct)
    {
        var sent = new List<WebhookAttemptRecorder.Sent>();
        try
        {
            while (await DrainRoundAsync(webhookId, sent, ct))
            {
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Unrecorded attempts stay pending and are made again: at least once, never lost.
            logger.LogWarning(e, "Webhook {WebhookId}: could not send or record deliveries", webhookId);
        }
        finally
        {
            _draining.TryRemove(webhookId, out _);
            signal.Notify();
        }
    }

    /// <summary>Sends the due head of the queue and what follows it; true when the drain should go on.</summary>
    private async Task<bool> DrainRoundAsync(Guid webhookId, List<WebhookAttemptRecorder.Sent> sent, CancellationToken ct)
    {
        Webhook? hook;
        List<WebhookDelivery> queue;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            hook = await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == webhookId, ct);
            if (hook is not { Enabled: true }) return false;
            queue = await db.Set<WebhookDelivery>().AsNoTracking()
                .Where(d => d.WebhookId == webhookId && d.Status == DeliveryStatuses.Pending)
                .OrderBy(d => d.Sequence).ThenBy(d => d.CreatedAt).Take(Batch).ToListAsync(ct);
        }
        if (queue.Count == 0) return false;

        var started = time.GetTimestamp();
        DateTime? capped = null;
        var goOn = true;
        foreach (var delivery in queue)
        {
            var now = time.GetUtcNow().UtcDateTime;
            if ((delivery.NextAttemptAt ?? now) > now)
            {
                goOn = false; // the head waits for its retry; the coordinator wakes then
                break;
            }
            if (caps.TryTake(webhookId, hook.MaxPerSecond ?? options.Value.DefaultMaxPerSecond, now) is { } nextSecond)
            {
                capped = nextSecond;
                break;
            }
            var attempt = await sender.SendAsync(hook, delivery, ct);
            sent.Add(new WebhookAttemptRecorder.Sent(delivery.Id, attempt));
            if (!attempt.Succeeded) break; // recorded with its retry time; the next round sees whether the queue is due
            if (time.GetElapsedTime(started) >= RecordEvery) break;
        }

        if (sent.Count > 0 && !await recorder.RecordAsync(webhookId, sent, ct)) goOn = false;
        sent.Clear();
        if (capped is { } wait) await Task.Delay(Max(wait - time.GetUtcNow().UtcDateTime), time, ct);
        return goOn;
    }

    private static TimeSpan Max(TimeSpan t) => t < TimeSpan.Zero ? TimeSpan.Zero : t;

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
