using System.Threading.Channels;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Delivers committed outbox events to every subscriber, each in its own loop with its own
/// checkpoint: in commit order, at least once, a failing subscriber retrying with backoff while
/// the others go on. Woken by commits on this node; a slow re-scan covers everything else. What
/// was committed but not delivered when the process died is delivered after restart, because
/// the checkpoint only moves after the handler returned. Subscribers woken by the same commit share
/// one read of the new events (<see cref="OutboxTail"/>) and one write of their checkpoints
/// (<see cref="OutboxCheckpointWriter"/>), so a write to the database costs one read and one write
/// more, not one of each per subscriber.
/// </summary>
public sealed partial class DomainEventDispatcher(
    IEnumerable<IDomainEventSubscriber> subscribers, DomainEventSignal signal, OutboxStore store, OutboxTail tail, OutboxCheckpointWriter checkpoints,
    IOptions<EventsOptions> options, TimeProvider time, ClusterLease lease, OutboxTelemetry telemetry, ILogger<DomainEventDispatcher> logger)
    : BackgroundService
{
    private readonly IDomainEventSubscriber[] _subscribers = [.. subscribers];

    /// <summary>
    /// Retries after a failure wait on the wall clock, not the server's (injectable) clock: a failing
    /// database or handler recovers in real time. A test host's fake clock only moves when a test
    /// moves it, so a retry scheduled on it after the test's last move would never come, and the
    /// subscriber would stay silent for the rest of that host's life.
    /// </summary>
    private static TimeProvider RecoveryClock => TimeProvider.System;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Dispatch || BuildTimeDocument.IsGenerating) return;
        var duplicate = _subscribers.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two event subscribers are named '{duplicate.Key}'.");
        // Every subscriber reports a lag (0) from the start, so a scrape before the first read still shows the gauge.
        foreach (var subscriber in _subscribers) telemetry.Track(subscriber.Name);

        // Yield first: start-up of the host does not wait on the first database reads.
        await Task.Yield();
        var loops = _subscribers.Select(s => DeliverLoopAsync(s, signal.Listen(), stoppingToken)).ToList();
        loops.Add(PruneLoopAsync(stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task DeliverLoopAsync(IDomainEventSubscriber subscriber, ChannelReader<bool> wake, CancellationToken ct)
    {
        var o = options.Value;
        long? position = null;
        var failures = 0;
        var woken = false; // false at first and after a re-scan's timeout: commits on other nodes announce nothing here
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (subscriber.OncePerCluster && !lease.IsLeader)
                {
                    await lease.WaitUntilLeaderAsync(ct);
                    woken = false;
                }
                while (wake.TryRead(out _)) { } // whatever woke us is read by the query below
                // So the read must start after the last commit announced: it sees every commit whose wake-up was just read
                // (after a re-scan's timeout, after now).
                var since = woken ? signal.LastNotified : System.Diagnostics.Stopwatch.GetTimestamp();
                woken = true;
                position ??= await store.CheckpointAsync(subscriber.Name, ct);
                var (batch, upToDate) = await tail.ReadAfterAsync(position.Value, o.BatchSize, since, ct);
                telemetry.Read(subscriber.Name, batch);
                if (batch.Count == 0)
                {
                    woken = await WaitAsync(wake, o.RescanInterval, ct);
                    continue;
                }

                var (reached, failure) = await HandleAsync(subscriber, batch, position.Value, failures, ct);
                if (reached != position)
                {
                    await checkpoints.SaveAsync(subscriber.Name, reached, ct);
                    position = reached;
                }
                if (failure is null) failures = 0;
                else await Task.Delay(Backoff(++failures), RecoveryClock, ct);
                // All handled, and nothing committed before the wake-up is left: whatever follows comes with a wake-up of
                // its own (or the re-scan), so asking now would only learn, once per subscriber, that nothing is new.
                if (failure is null && upToDate) woken = await WaitAsync(wake, o.RescanInterval, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database itself failed (not the handler): keep the position we trust and retry.
                LogDeliveryFailed(e, subscriber.Name);
                (position, woken) = (null, false);
                await DelayQuietlyAsync(Backoff(++failures), RecoveryClock, ct);
            }
        }
    }

    /// <summary>Hands a read batch to the subscriber; returns the last sequence handled and the failure that stopped it, if any.</summary>
    private async Task<(long Reached, Exception? Failure)> HandleAsync(
        IDomainEventSubscriber subscriber, IReadOnlyList<DomainEvent> batch, long position, int failures, CancellationToken ct)
    {
        if (subscriber is IDomainEventBatchSubscriber batched && batch.Count > 1)
        {
            using var span = telemetry.StartBatch(subscriber.Name, batch);
            try
            {
                await batched.HandleBatchAsync(batch, ct);
                telemetry.Delivered(subscriber.Name, batch.Count);
                return (batch[^1].Sequence, null);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                // Find the event at fault one by one; those before it are handled (again: at least once).
                LogBatchFailed(e, subscriber.Name, batch.Count);
            }
        }
        var reached = position;
        foreach (var evt in batch)
        {
            using var span = telemetry.StartDelivery(subscriber.Name, evt);
            try
            {
                await subscriber.HandleAsync(evt, ct);
                telemetry.Delivered(subscriber.Name, 1);
                reached = evt.Sequence;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
                telemetry.Failed(subscriber.Name);
                LogHandlerFailed(e, subscriber.Name, evt.Type, evt.Sequence, failures + 1);
                return (reached, e);
            }
        }
        return (reached, null);
    }

    private async Task PruneLoopAsync(CancellationToken ct)
    {
        var names = _subscribers.Select(s => s.Name).ToArray();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await lease.WaitUntilLeaderAsync(ct);
                var pruned = await store.PruneAsync(names, options.Value.Retention, ct);
                if (pruned > 0) LogPruned(pruned);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                LogPruneFailed(e);
            }
            await DelayQuietlyAsync(options.Value.PruneInterval, time, ct);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var o = options.Value;
        var wait = o.RetryMin * Math.Pow(2, Math.Min(failures - 1, 20));
        return wait < o.RetryMax ? wait : o.RetryMax;
    }

    /// <summary>Until a commit here wakes the loop (true) or the re-scan is due (false).</summary>
    private async Task<bool> WaitAsync(ChannelReader<bool> wake, TimeSpan timeout, CancellationToken ct)
    {
        using var rescan = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, rescan.Token);
        try
        {
            return await wake.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task DelayQuietlyAsync(TimeSpan delay, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, clock, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event subscriber {Subscriber} failed on {Type} #{Sequence} (attempt {Attempt}); it will get the event again")]
    private partial void LogHandlerFailed(Exception e, string subscriber, string type, long sequence, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event subscriber {Subscriber} failed on a batch of {Count}; handing the events one by one")]
    private partial void LogBatchFailed(Exception e, string subscriber, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering events to {Subscriber} failed; retrying")]
    private partial void LogDeliveryFailed(Exception e, string subscriber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} delivered events past retention from the outbox")]
    private partial void LogPruned(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pruning the outbox failed")]
    private partial void LogPruneFailed(Exception e);
}
