using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>
/// Sends queued notices after their transition committed, oldest first; a failed attempt is retried
/// on <see cref="AlertsOptions.RetrySchedule"/> and given up (status failed) after the last wait.
/// A restart picks up whatever was left pending.
/// </summary>
public sealed class NotificationWorker(
    IServiceScopeFactory scopes, NotificationSignal signal, NotificationSender sender, IOptions<AlertsOptions> options, TimeProvider time,
    ILogger<NotificationWorker> log, ClusterLease lease) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Once per cluster: only the lease holder runs it (always this node when alone).
            await lease.WaitUntilLeaderAsync(stoppingToken);
            TimeSpan? nextDue;
            try
            {
                nextDue = await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Alert notifications: a pass failed; trying again shortly");
                nextDue = TimeSpan.FromSeconds(5);
            }
            await signal.WaitAsync(nextDue, time, stoppingToken);
        }
    }

    /// <returns>How long until the next pending notice falls due, or null when none waits.</returns>
    private async Task<TimeSpan?> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<AlertNotification>().Where(n => n.Status == NotificationStatuses.Pending && n.NextAttemptAt <= now)
            .OrderBy(n => n.NextAttemptAt).Take(50).ToListAsync(ct);
        foreach (var notice in due)
        {
            var channel = await db.Set<AlertChannel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == notice.ChannelId, ct);
            if (channel is null) continue; // deleted with its channel (cascade) between the read and now
            var error = await sender.SendAsync(channel, notice, ct);
            Apply(notice, error, options.Value.RetrySchedule, time.GetUtcNow().UtcDateTime);
            await db.WriteAsync(_ => Task.FromResult(0), ct);
            signal.Recorded(notice);
        }
        var next = await db.Set<AlertNotification>().Where(n => n.Status == NotificationStatuses.Pending)
            .OrderBy(n => n.NextAttemptAt).Select(n => (DateTime?)n.NextAttemptAt).FirstOrDefaultAsync(ct);
        return next is { } at ? at - time.GetUtcNow().UtcDateTime : null;
    }

    /// <summary>Records one attempt's outcome: sent, retry later, or given up after the schedule ran out.</summary>
    public static void Apply(AlertNotification notice, string? error, IReadOnlyList<TimeSpan> schedule, DateTime now)
    {
        notice.Attempts++;
        notice.LastError = error is { Length: > 1000 } ? error[..1000] : error;
        if (error is null)
        {
            notice.Status = NotificationStatuses.Sent;
            notice.SentAt = now;
        }
        else if (notice.Attempts > schedule.Count)
        {
            notice.Status = NotificationStatuses.Failed;
        }
        else
        {
            notice.NextAttemptAt = now + schedule[notice.Attempts - 1];
        }
    }
}
