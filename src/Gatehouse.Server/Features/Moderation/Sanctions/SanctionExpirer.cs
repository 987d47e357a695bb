using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// Ends timed mutes and bans when they are due: one loop over the due ones (no timer per sanction),
/// sleeping until the next expiry on the server's clock, woken early when a new timed sanction lands.
/// Its first pass runs at start, so a ban that expired while the server was down is lifted then.
/// Each expiry is audited as the system's action (no actor) and emits moderation.sanction_lifted.
/// </summary>
public sealed class SanctionExpirer(IServiceScopeFactory scopes, ExpirySignal signal, IOptions<ModerationOptions> options,
    TimeProvider time, ILogger<SanctionExpirer> log, ClusterLease lease) : BackgroundService
{
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Once per cluster: only the lease holder runs it (always this node when alone).
            await lease.WaitUntilLeaderAsync(stoppingToken);
            DateTimeOffset due;
            try
            {
                due = await ExpireDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Sanction expiry pass failed; retrying");
                // On the wall clock: the database recovers in real time, whatever the server's clock says.
                await Task.Delay(TimeSpan.FromSeconds(5), TimeProvider.System, stoppingToken);
                continue;
            }
            await SleepUntilAsync(due, stoppingToken);
        }
    }

    /// <summary>
    /// Sleeps until <paramref name="due"/> on the server's clock or until a new timed sanction lands.
    /// The wait is measured from the clock's reading at the moment the timer starts, and the clock
    /// is read again once it has started: time that passed during the pass (or a jump of a test's
    /// clock just before the timer started) never pushes the expiry later than it is due.
    /// </summary>
    private async Task SleepUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var wait = due - time.GetUtcNow();
        if (wait <= TimeSpan.Zero) return;
        var delay = Task.Delay(wait, time, wake.Token);
        if (time.GetUtcNow() < due) await Task.WhenAny(delay, signal.WaitAsync(wake.Token));
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    /// <summary>Ends everything due now, in batches; returns when the next one is due (at most one check interval away).</summary>
    public async Task<DateTimeOffset> ExpireDueAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var now = time.GetUtcNow().UtcDateTime;
            var ended = await db.WriteAsync(c => ExpireBatchAsync(scope.ServiceProvider, db, now, c), ct);
            if (ended == Batch) continue;
            var next = await db.Set<Sanction>().AsNoTracking().Where(s => s.EndedAt == null && s.ExpiresAt != null)
                .MinAsync(s => s.ExpiresAt, ct);
            var latest = time.GetUtcNow() + options.Value.ExpiryCheckInterval;
            if (next is null) return latest;
            var due = new DateTimeOffset(DateTime.SpecifyKind(next.Value, DateTimeKind.Utc));
            return due < latest ? due : latest;
        }
    }

    private static async Task<int> ExpireBatchAsync(IServiceProvider services, GatehouseDb db, DateTime now, CancellationToken ct)
    {
        var audit = services.GetRequiredService<IAuditLog>();
        var events = services.GetRequiredService<IDomainEvents>();
        var due = await db.Set<Sanction>().Where(s => s.EndedAt == null && s.ExpiresAt != null && s.ExpiresAt <= now)
            .OrderBy(s => s.ExpiresAt).Take(Batch).ToListAsync(ct);
        foreach (var s in due)
        {
            s.EndedAt = now;
            s.EndReason = SanctionEndReasons.Expired;
            s.Version++;
            audit.Record(new AuditRecord($"moderation.{s.Kind}_expired", "user", s.UserId.ToString(), SanctionEvents.Payload(s)));
            SanctionEvents.Ended(events, s);
        }
        var unbanned = due.Where(s => s.Kind == SanctionKinds.Ban).Select(s => s.UserId).Distinct().ToList();
        if (unbanned.Count > 0)
        {
            // A member stays banned while another ban of theirs is still in force.
            var stillBanned = await db.Set<Sanction>().Where(s => unbanned.Contains(s.UserId) && s.Kind == SanctionKinds.Ban
                && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now)).Select(s => s.UserId).ToListAsync(ct);
            await services.GetRequiredService<IMemberStanding>().LiftBansAsync([.. unbanned.Except(stillBanned)], now, ct);
        }
        return due.Count;
    }
}
