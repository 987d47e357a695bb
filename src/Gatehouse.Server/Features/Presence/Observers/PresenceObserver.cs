using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// One subscriber of presence changes. Changes are coalesced into a map keyed by user (latest
/// version wins), so a slow consumer costs memory bounded by the users it watches and never
/// blocks the publisher. Sends go out as fast as the connection takes them: with nothing in flight
/// a change goes out at once, written by the publisher itself (no thread hop; a write that cannot
/// finish at once is handed to the observer's loop, which waits for it); while a send is in flight,
/// changes pile up in the map and the loop sends them together (at most
/// <see cref="PresenceOptions.MaxBatchSize"/> per send) as soon as it completes. Batching is driven
/// by back-pressure, never by a clock, so a steady stream is not held back by a window. A send
/// that does not complete within <see cref="PresenceOptions.SlowConsumerTimeout"/> disconnects the consumer.
/// </summary>
public sealed class PresenceObserver : ILiveSubscription
{
    public const string ReasonForbidden = LiveProtocol.ReasonForbidden;
    public const string ReasonSlowConsumer = LiveProtocol.ReasonSlowConsumer;
    public const string ReasonUnsubscribed = LiveProtocol.ReasonUnsubscribed;

    // Pacing and timeouts are about the network, not about presence rules: they run on the real
    // clock even when tests fake the domain clock, or a faked clock would stall every delivery.
    private static readonly TimeProvider Wall = TimeProvider.System;

    private readonly IPresenceBatchSink _sink;
    private readonly PresenceOptions _options;
    private readonly ILogger _logger;
    private readonly PresenceMetrics _metrics;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private Dictionary<Guid, (long Position, PresenceUpdate Event)> _pending = [];
    private Dictionary<Guid, (long Position, PresenceUpdate Event)> _spare = [];
    /// <summary>The highest version delivered per user: anything not newer is stale and dropped.</summary>
    private readonly Dictionary<Guid, long> _delivered = [];
    private bool _wakePending;
    // Who may write to the sink (all under _gate, so one writer at a time, in position order): Enqueue while the
    // loop is idle and nothing is in flight; the loop from the moment it takes a batch until its send completed.
    private bool _started;
    private bool _loopSending;
    /// <summary>A send Enqueue started that did not complete at once: the loop waits for it (and times it) first.</summary>
    private Task? _inlineSend;
    private volatile bool _seeInvisible;
    private volatile bool _namesMembers;
    private readonly PresenceMemberCards? _cards;
    /// <summary>Members whose display data this observer was sent (read and written by the send loop only, after the snapshot).</summary>
    private readonly HashSet<Guid> _named = [];
    private int _ended;

    /// <param name="cards">Names members for observers holding users.read (<see cref="NamesMembers"/>); null: never.</param>
    public PresenceObserver(Guid observerUserId, PresenceFilter filter, bool seeInvisible, IPresenceBatchSink sink, PresenceOptions options, PresenceMetrics metrics,
        ILogger logger, PresenceMemberCards? cards = null)
    {
        _cards = cards;
        _metrics = metrics;
        ObserverUserId = observerUserId;
        Filter = filter;
        _seeInvisible = seeInvisible;
        _sink = sink;
        _options = options;
        _logger = logger;
    }

    public Guid ObserverUserId { get; }
    public PresenceFilter Filter { get; }
    public bool SeeInvisible { get => _seeInvisible; set => _seeInvisible = value; }
    /// <summary>
    /// Whether events showing a member online carry the member's display data (users.read): re-read
    /// with the observer's access, like <see cref="SeeInvisible"/>.
    /// </summary>
    public bool NamesMembers { get => _namesMembers && _cards is not null; set => _namesMembers = value; }
    public string? EndReason { get; private set; }
    public Task Completion { get; private set; } = Task.CompletedTask;
    public event Action<PresenceObserver>? Ended;

    public void OnEnded(Action whenEnded)
    {
        Ended += _ => whenEnded();
        // Ended before anyone listened: say so now (running it twice is harmless for the registry).
        if (Volatile.Read(ref _ended) != 0) whenEnded();
    }

    /// <summary>Starts delivering. Called once, after the snapshot (if any) went out.</summary>
    public void Start()
    {
        lock (_gate) _started = true;
        Completion = Task.Run(RunAsync);
    }

    /// <summary>Called by the fan-out under its publish lock: must not block.</summary>
    public void Offer(long position, PresenceChange change)
    {
        if (change.For(SeeInvisible) is not { } views) return;
        var (before, after) = views;
        // Before and after each carry the roles of their moment: a role change is seen by the
        // filters the user leaves as well as by those the user enters.
        if (!Filter.Matches(after) && !Filter.Matches(before)) return;
        Enqueue(position, after);
    }

    /// <summary>Queues a snapshot-time view or a replayed event directly.</summary>
    public void Enqueue(long position, PresenceUpdate update)
    {
        lock (_gate)
        {
            if (_delivered.TryGetValue(update.UserId, out var sent) && sent >= update.Version) return;
            if (_pending.TryGetValue(update.UserId, out var queued) && queued.Event.Version >= update.Version) return;
            _pending[update.UserId] = (position, update);
            if (_wakePending || TrySendNow()) return;
            _wakePending = true;
        }
        _wake.Release();
    }

    /// <summary>
    /// Sends what is pending right here, when the connection is free and the loop idle: a change then costs no
    /// thread hop (the loop's wake-up was most of the delivery time at p50). Members to name need the database,
    /// so those go through the loop. False when the loop must take over: busy, or the write did not finish at once.
    /// Called under the gate, which keeps writes to the sink one at a time and in order.
    /// </summary>
    private bool TrySendNow()
    {
        if (!_started || _loopSending || _inlineSend is not null || _stop.IsCancellationRequested || NeedsNaming()) return false;
        var batch = TakeAll();
        Task send;
        try
        {
            send = _sink.SendAsync(batch, _stop.Token);
        }
        catch (Exception e)
        {
            send = Task.FromException(e);
        }
        if (send.IsCompletedSuccessfully)
        {
            _metrics.BatchSent(batch.Count);
            return true;
        }
        _inlineSend = CountWhenSent(send, batch.Count);
        return false;
    }

    /// <summary>A separate method, so the usual send (done at once) allocates no closure for this.</summary>
    private Task CountWhenSent(Task send, int count) =>
        send.ContinueWith(t =>
        {
            if (t.IsCompletedSuccessfully) _metrics.BatchSent(count);
            return t;
        }, TaskScheduler.Default).Unwrap();

    /// <summary>Whether a pending change shows a member this observer was never sent the display data of (read under the gate, while the loop is not naming).</summary>
    private bool NeedsNaming()
    {
        if (!NamesMembers) return false;
        foreach (var (_, update) in _pending.Values)
            if (!update.IsOffline && !_named.Contains(update.UserId)) return true;
        return false;
    }

    /// <summary>Marks snapshot items as delivered, so queued events older than the snapshot are dropped.</summary>
    public void MarkDelivered(IEnumerable<PresenceUpdate> snapshot)
    {
        lock (_gate)
            foreach (var item in snapshot)
            {
                if (!_delivered.TryGetValue(item.UserId, out var v) || v < item.Version) _delivered[item.UserId] = item.Version;
                if (item.User is not null) _named.Add(item.UserId);
            }
    }

    /// <summary>Ends the subscription; the client is told why (best effort).</summary>
    public async Task EndAsync(string reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0) return;
        EndReason = reason;
        await _stop.CancelAsync();
        Ended?.Invoke(this);
        if (reason == ReasonSlowConsumer)
        {
            _sink.Abort();
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(_options.SlowConsumerTimeout, Wall);
            await _sink.EndAsync(reason, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            _logger.LogDebug(e, "Could not tell observer {UserId} that its subscription ended", ObserverUserId);
        }
    }

    private async Task RunAsync()
    {
        var ct = _stop.Token;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                if (!await _wake.WaitAsync(_options.StreamKeepAlive, ct))
                {
                    // Quiet for a while, or busy with sends made from Enqueue: a keep-alive only when the sink is free.
                    if (!TryBeginLoopSend()) continue;
                    try
                    {
                        await WithinTimeout(_sink.KeepAliveAsync(ct));
                    }
                    finally
                    {
                        EndLoopSend();
                    }
                    continue;
                }
                if (TakeInlineSend() is { } inline) await FinishInlineSendAsync(inline);
                // What arrived during a send is already in the map and has woken the loop again.
                var batch = TakeBatch();
                if (batch.Count == 0) continue;
                try
                {
                    if (NamesMembers) batch = await NameAsync(batch, ct);
                    await WithinTimeout(_sink.SendAsync(batch, ct));
                    _metrics.BatchSent(batch.Count);
                }
                finally
                {
                    EndLoopSend();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (TimeoutException)
        {
            _logger.LogWarning("Observer {UserId} stayed behind for {Timeout}; disconnecting it so it resyncs", ObserverUserId, _options.SlowConsumerTimeout);
            _metrics.SlowConsumerDisconnected();
            await EndAsync(ReasonSlowConsumer);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // The connection went away under us; its disconnect handler detaches the observer.
            _logger.LogDebug(e, "Observer {UserId} delivery failed", ObserverUserId);
            await EndAsync(ReasonSlowConsumer);
        }
    }

    /// <summary>Members coming online get their display data once; if it cannot be read, the batch goes bare (the client asks).</summary>
    private async Task<List<(long Position, PresenceUpdate Event)>> NameAsync(List<(long Position, PresenceUpdate Event)> batch, CancellationToken ct)
    {
        try
        {
            var named = await _cards!.NameAsync([.. batch.Select(b => b.Event)], _named, ct);
            return [.. batch.Select((b, i) => (b.Position, named[i]))];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Could not read the display data of members for observer {UserId}", ObserverUserId);
            return batch;
        }
    }

    private Task WithinTimeout(Task send) => send.WaitAsync(_options.SlowConsumerTimeout, Wall, _stop.Token);

    private Task? TakeInlineSend()
    {
        lock (_gate) return _inlineSend;
    }

    /// <summary>Waits (within the timeout) for the send Enqueue started; only then may anything else be written.</summary>
    private async Task FinishInlineSendAsync(Task inline)
    {
        await WithinTimeout(inline);
        lock (_gate) _inlineSend = null;
    }

    private bool TryBeginLoopSend()
    {
        lock (_gate)
        {
            if (_loopSending || _inlineSend is not null) return false;
            _loopSending = true;
            return true;
        }
    }

    private void EndLoopSend()
    {
        lock (_gate) _loopSending = false;
    }

    private List<(long Position, PresenceUpdate Event)> TakeBatch()
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                _wakePending = false;
                return [];
            }
            _loopSending = true;
            if (_pending.Count <= _options.MaxBatchSize)
            {
                _wakePending = false;
                return TakeAll();
            }
            // Over the bound: the oldest changes go first, the rest stay coalescing, and the wake
            // stays pending (released once more: the loop consumed it) so the loop comes straight back.
            var batch = new List<(long Position, PresenceUpdate Event)>(_pending.Values);
            batch.Sort(static (a, b) => a.Position.CompareTo(b.Position));
            batch.RemoveRange(_options.MaxBatchSize, batch.Count - _options.MaxBatchSize);
            foreach (var (_, update) in batch)
            {
                _pending.Remove(update.UserId);
                _delivered[update.UserId] = update.Version;
            }
            _wake.Release();
            return batch;
        }
    }

    /// <summary>Swaps the whole map out (the usual case); called under the gate.</summary>
    private List<(long Position, PresenceUpdate Event)> TakeAll()
    {
        var taken = _pending;
        (_pending, _spare) = (_spare, taken);
        foreach (var (userId, item) in taken) _delivered[userId] = item.Event.Version;
        var batch = new List<(long Position, PresenceUpdate Event)>(taken.Values);
        batch.Sort(static (a, b) => a.Position.CompareTo(b.Position));
        taken.Clear();
        return batch;
    }
}
