using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Storage;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// Raw events on their way to the database, written in batches by <see cref="RawEventWriter"/>. Bounded by
/// a count: an ingest batch is taken whole or refused (503), never in part; server-side events that find it
/// full are aggregated but not stored (counted in <see cref="Dropped"/>).
/// </summary>
public sealed class RawEventQueue(IOptions<AnalyticsOptions> options)
{
    private readonly Channel<RawEvent> _channel = Channel.CreateUnbounded<RawEvent>(new UnboundedChannelOptions { SingleReader = true });
    private long _pending;
    private long _dropped;

    public ChannelReader<RawEvent> Reader => _channel.Reader;

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
    public void EnqueueReserved(IReadOnlyList<RawEvent> events)
    {
        foreach (var e in events) _channel.Writer.TryWrite(e);
    }

    public void Enqueue(RawEvent e)
    {
        if (Interlocked.Increment(ref _pending) > options.Value.MaxPendingEvents)
        {
            Interlocked.Decrement(ref _pending);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _channel.Writer.TryWrite(e);
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
