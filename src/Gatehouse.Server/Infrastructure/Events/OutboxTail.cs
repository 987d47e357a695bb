namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// The newest outbox events, read once for every subscriber. A commit wakes all of them together
/// (fifteen or so), and each used to read the same rows in a query of its own. Now subscribers at the
/// same position share one read in flight, and a subscriber a little behind is served from the events
/// kept here. Safe because sequences are commit order (<see cref="OutboxSealer"/>): a read of "after p"
/// that returned events up to q saw every event of (p, q], and none can appear there later.
/// Each answer also says whether it reached the end of the outbox as it was at the caller's wake-up
/// (<see cref="TailRead.UpToDate"/>): a subscriber that handled such an answer has nothing to ask until
/// the next commit wakes it, where it used to read again, alone, to learn that nothing was new.
/// </summary>
public sealed class OutboxTail
{
    internal delegate Task<List<DomainEvent>> Reader(long position, int limit, CancellationToken ct);

    /// <summary>How many of the newest events stay for subscribers that are behind.</summary>
    internal const int Capacity = 2_000;

    private readonly Reader _read;
    private readonly Lock _lock = new();
    // The read in flight per position, and when it started (Stopwatch ticks); each answers its events and whether they
    // reached the end of the outbox (fewer than the read's limit).
    private readonly Dictionary<long, (long Started, Task<(List<DomainEvent> Events, bool AtEnd)> Read)> _reading = [];
    // Every event of (_from, _to] in sequence order; empty when nothing is known.
    private readonly List<DomainEvent> _events = [];
    private long _from = -1, _to = -1;
    // When a read that found nothing after _to started (Stopwatch ticks; 0 if no such read is known since _to moved):
    // everything committed before then is kept.
    private long _endSeenAt;

    public OutboxTail(OutboxStore store) : this(store.ReadAfterAsync) { }

    internal OutboxTail(Reader read) => _read = read;

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="position"/>, oldest first, as committed at
    /// <paramref name="since"/> (a <see cref="System.Diagnostics.Stopwatch"/> timestamp) or later: a read in flight is
    /// shared only if it started after that, so a caller woken by a commit never gets an answer from before it.
    /// </summary>
    public async Task<TailRead> ReadAfterAsync(long position, int limit, long since, CancellationToken ct)
    {
        Task<(List<DomainEvent> Events, bool AtEnd)> read;
        TaskCompletionSource<(List<DomainEvent>, bool)>? mine = null;
        long started;
        lock (_lock)
        {
            if (FromKept(position, limit) is { } kept) return new(kept, kept[^1].Sequence == _to && _endSeenAt > since);
            if (_reading.TryGetValue(position, out var running) && running.Started > since) (started, read) = running;
            else
            {
                mine = new(TaskCreationOptions.RunContinuationsAsynchronously);
                _reading[position] = (started = System.Diagnostics.Stopwatch.GetTimestamp(), read = mine.Task);
            }
        }
        // Outside the lock: SQLite answers synchronously, and the read must not hold up the others.
        if (mine is not null) await ReadAndKeepAsync(position, limit, started, mine);
        var (events, atEnd) = await read.WaitAsync(ct);
        // A read that reached the end, started after `since`, saw everything committed before it.
        return events.Count > limit ? new(events.GetRange(0, limit), false) : new([.. events], atEnd);
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

    private async Task ReadAndKeepAsync(long position, int limit, long started, TaskCompletionSource<(List<DomainEvent>, bool)> read)
    {
        try
        {
            // Not the caller's token: others may be waiting on this read.
            var events = await _read(position, limit, CancellationToken.None);
            var atEnd = events.Count < limit;
            lock (_lock)
            {
                Keep(position, events, atEnd ? started : 0);
                Forget(position, read.Task);
            }
            read.SetResult((events, atEnd));
        }
        catch (Exception e)
        {
            lock (_lock) Forget(position, read.Task);
            read.SetException(e);
        }
    }

    /// <summary>A newer read of the same position may have taken this one's place: that one stays.</summary>
    private void Forget(long position, Task<(List<DomainEvent>, bool)> read)
    {
        if (_reading.TryGetValue(position, out var running) && running.Read == read) _reading.Remove(position);
    }

    /// <summary>
    /// Joins a read's events to the kept ones when the two ranges touch; else the newer range wins.
    /// <paramref name="endSeenAt"/>: when the read started if it reached the end of the outbox, else 0.
    /// </summary>
    private void Keep(long position, List<DomainEvent> events, long endSeenAt)
    {
        if (events.Count == 0)
        {
            if (position == _to && endSeenAt > _endSeenAt) _endSeenAt = endSeenAt;
            return;
        }
        var to = events[^1].Sequence;
        if (to == _to && endSeenAt > _endSeenAt) _endSeenAt = endSeenAt;
        if (position <= _to && to > _to && position >= _from)
        {
            _events.AddRange(events.Where(e => e.Sequence > _to));
            (_to, _endSeenAt) = (to, endSeenAt);
        }
        else if (to > _to)
        {
            _events.Clear();
            _events.AddRange(events);
            (_from, _to, _endSeenAt) = (position, to, endSeenAt);
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

/// <summary>
/// Events after a position, and whether they reached the end of the outbox as it was when the caller was woken: then
/// nothing committed before that is missing, and the caller need not ask again until a later commit.
/// </summary>
public readonly record struct TailRead(List<DomainEvent> Events, bool UpToDate);
