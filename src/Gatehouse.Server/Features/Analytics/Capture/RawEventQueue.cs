using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Storage;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// Raw events on their way to the database, written in batches by <see cref="RawEventWriter"/>. Bounded by
/// a count: an ingest batch is taken whole or refused (503), never in part; server-side events that find it
/// full are aggregated but not stored (counted in <see cref="Dropped"/>). A batch goes through the channel
/// as one item: written event by event, 20,000 events/s took the channel's lock 20,000 times a second against
/// the other requests and the writer (contention in a thread-time profile of the analytics bench).
/// </summary>
public sealed class RawEventQueue(IOptions<AnalyticsOptions> options)
{
    private readonly Channel<IReadOnlyList<RawEvent>> _channel = Channel.CreateUnbounded<IReadOnlyList<RawEvent>>(new UnboundedChannelOptions { SingleReader = true });
    private long _pending;
    private long _dropped;

    /// <summary>Completes when something is queued (false once the queue is closed).</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken ct) => _channel.Reader.WaitToReadAsync(ct);

    /// <summary>
    /// Moves whole queued batches into <paramref name="into"/> until it holds at least <paramref name="atLeast"/>
    /// events or the queue is empty (a batch is never split, so it may pass that by less than one batch); false when nothing was queued.
    /// </summary>
    public bool TryRead(List<RawEvent> into, int atLeast)
    {
        var any = false;
        while (into.Count < atLeast && _channel.Reader.TryRead(out var events))
        {
            into.AddRange(events);
            any = true;
        }
        return any;
    }

    public long Pending => Interlocked.Read(ref _pending);

    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Holds room for <paramref name="count"/> events, or nothing when it would pass the bound (then false).</summary>
    public bool TryReserve(int count)
    {
        if (Interlocked.Add(ref _pending, count) <= options.Value.MaxPendingEvents) return true;
        Interlocked.Add(ref _pending, -count);
        return false;
    }

    /// <summary>Queues events whose room <see cref="TryReserve"/> held.</summary>
    public void EnqueueReserved(IReadOnlyList<RawEvent> events) => _channel.Writer.TryWrite(events);

    public void Enqueue(RawEvent e)
    {
        if (Interlocked.Increment(ref _pending) > options.Value.MaxPendingEvents)
        {
            Interlocked.Decrement(ref _pending);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _channel.Writer.TryWrite([e]);
    }

    public void Written(int count)
    {
        if (Interlocked.Add(ref _pending, -count) > 0) return;
        lock (_waiters)
        {
            foreach (var waiter in _waiters) waiter.TrySetResult();
            _waiters.Clear();
        }
    }

    private readonly List<TaskCompletionSource> _waiters = [];

    /// <summary>Completes once every queued event has been written (or given up on): shutdown and tests wait on it.</summary>
    public Task WhenDrainedAsync()
    {
        lock (_waiters)
        {
            if (Pending == 0) return Task.CompletedTask;
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(waiter);
            return waiter.Task;
        }
    }
}
