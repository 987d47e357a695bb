namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// The newest outbox events, read once for every subscriber. A commit wakes all of them together
/// (fifteen or so), and each used to read the same rows in a query of its own. Now subscribers at the
/// same position share one read in flight, and a subscriber a little behind is served from the events
/// kept here. Safe because sequences are commit order (<see cref="OutboxSealer"/>): a read of "after p"
/// that returned events up to q saw every event of (p, q], and none can appear there later.
/// </summary>
public sealed class OutboxTail
{
    internal delegate Task<List<DomainEvent>> Reader(long position, int limit, CancellationToken ct);

    /// <summary>How many of the newest events stay for subscribers that are behind.</summary>
    internal const int Capacity = 2_000;

    private readonly Reader _read;
    private readonly Lock _lock = new();
    // The read in flight per position, and when it started (Stopwatch ticks).
    private readonly Dictionary<long, (long Started, Task<List<DomainEvent>> Read)> _reading = [];
    // Every event of (_from, _to] in sequence order; empty when nothing is known.
    private readonly List<DomainEvent> _events = [];
    private long _from = -1, _to = -1;

    public OutboxTail(OutboxStore store) : this(store.ReadAfterAsync) { }

    internal OutboxTail(Reader read) => _read = read;

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="position"/>, oldest first, as committed at
    /// <paramref name="since"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) or later: a read in flight is
    /// shared only if it started after that, so a caller woken by a commit never gets an answer from before it.
    /// </summary>
    public async Task<List<DomainEvent>> ReadAfterAsync(long position, int limit, long since, CancellationToken ct)
    {
        Task<List<DomainEvent>> read;
        TaskCompletionSource<List<DomainEvent>>? mine = null;
        lock (_lock)
        {
            if (FromKept(position, limit) is { } kept) return kept;
            if (_reading.TryGetValue(position, out var running) && running.Started > since) read = running.Read;
            else
            {
                mine = new(TaskCreationOptions.RunContinuationsAsynchronously);
                _reading[position] = (System.Diagnostics.Stopwatch.GetTimestamp(), read = mine.Task);
            }
        }
        // Outside the lock: SQLite answers synchronously, and the read must not hold up the others.
        if (mine is not null) await ReadAndKeepAsync(position, limit, mine);
        var events = await read.WaitAsync(ct);
        return events.Count > limit ? events.GetRange(0, limit) : [.. events];
    }

    /// <summary>
    /// Whether the kept events cover all of (<paramref name="from"/>, <paramref name="to"/>]; if so,
    /// <paramref name="last"/> is the sequence of the last of them about an aggregate of this type (null if none).
    /// </summary>
    public bool TryFindLast(long from, long to, string aggregateType, out long? last)
    {
        last = null;
        lock (_lock)
        {
            if (from < _from || to > _to) return false;
            for (var i = FirstAfter(from); i < _events.Count && _events[i].Sequence <= to; i++)
                if (_events[i].AggregateType == aggregateType) last = _events[i].Sequence;
            return true;
        }
    }

    /// <summary>What is known after the position, when the kept events cover it and some follow it.</summary>
    private List<DomainEvent>? FromKept(long position, int limit)
    {
        if (position < _from || position >= _to) return null;
        var first = FirstAfter(position);
        if (first == _events.Count) return null;
        return _events.GetRange(first, Math.Min(limit, _events.Count - first));
    }

    private async Task ReadAndKeepAsync(long position, int limit, TaskCompletionSource<List<DomainEvent>> read)
    {
        try
        {
            // Not the caller's token: others may be waiting on this read.
            var events = await _read(position, limit, CancellationToken.None);
            lock (_lock)
            {
                Keep(position, events);
                Forget(position, read.Task);
            }
            read.SetResult(events);
        }
        catch (Exception e)
        {
            lock (_lock) Forget(position, read.Task);
            read.SetException(e);
        }
    }

    /// <summary>A newer read of the same position may have taken this one's place: that one stays.</summary>
    private void Forget(long position, Task<List<DomainEvent>> read)
    {
        if (_reading.TryGetValue(position, out var running) && running.Read == read) _reading.Remove(position);
    }

    /// <summary>Joins a read's events to the kept ones when the two ranges touch; else the newer range wins.</summary>
    private void Keep(long position, List<DomainEvent> events)
    {
        if (events.Count == 0) return;
        var to = events[^1].Sequence;
        if (position <= _to && to > _to && position >= _from)
        {
            _events.AddRange(events.Where(e => e.Sequence > _to));
            _to = to;
        }
        else if (to > _to)
        {
            _events.Clear();
            _events.AddRange(events);
            (_from, _to) = (position, to);
        }
        if (_events.Count > Capacity)
        {
            var drop = _events.Count - Capacity;
            _from = _events[drop - 1].Sequence;
            _events.RemoveRange(0, drop);
        }
    }

    private int FirstAfter(long position)
    {
        int lo = 0, hi = _events.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_events[mid].Sequence <= position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
