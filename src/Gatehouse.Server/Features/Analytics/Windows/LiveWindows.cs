using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// The live windows. Every event lands in the current one-second accumulator (one lock, a handful of
/// counter updates); <see cref="Tick"/> closes seconds on the server clock, samples the gauges, builds
/// the 5-second and 1-minute windows by merging closed seconds, and publishes all three. Closed seconds
/// and minutes stay in bounded rings for live metric reads; closed minutes also go to the rollup writer.
/// </summary>
public sealed class LiveWindows : IAnalyticsWindowFeed
{
    private const int SecondsKept = 60;
    private const int MinutesKept = 60;
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FiveSeconds = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly ActiveUsers _active;
    private readonly OpenSessions _sessions;
    private readonly TimeProvider _time;
    private WindowAccumulator _current;
    private readonly Queue<(WindowAccumulator Second, ILocalSecondSink? Sink, List<SeenMember>? Members)> _ended = new();

    // Cluster mode only: closed seconds go to the cluster merge (with the members seen in them) instead of straight out.
    private ILocalSecondSink? _sink;
    private Dictionary<Guid, RawEvent>? _seenThisSecond;

    private readonly Lock _ringLock = new();
    private readonly LinkedList<WindowAccumulator> _seconds = new();
    private readonly LinkedList<WindowAccumulator> _minutes = new();
    private readonly Dictionary<string, LinkedList<AnalyticsWindow>> _recent = AnalyticsIntervals.All.ToDictionary(i => i, _ => new LinkedList<AnalyticsWindow>());
    private readonly Dictionary<string, List<Channel<AnalyticsWindow>>> _followers = AnalyticsIntervals.All.ToDictionary(i => i, _ => new List<Channel<AnalyticsWindow>>());
    private readonly Dictionary<string, List<Channel<AnalyticsWindow>>> _progressFollowers = AnalyticsIntervals.All.ToDictionary(i => i, _ => new List<Channel<AnalyticsWindow>>());
    private readonly Channel<WindowAccumulator> _closedMinutes = Channel.CreateBounded<WindowAccumulator>(
        new BoundedChannelOptions(120) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public LiveWindows(TimeProvider time, OpenSessions sessions, IOptions<AnalyticsOptions> options)
    {
        _time = time;
        _sessions = sessions;
        _active = new ActiveUsers(options.Value.ActiveUserWindow);
        _current = new WindowAccumulator(Floor(time.GetUtcNow().UtcDateTime, Second), Second);
    }

    /// <summary>Closed minutes, for the rollup writer (a bounded queue: a stalled database loses the oldest minutes, never memory).</summary>
    public ChannelReader<WindowAccumulator> ClosedMinutes => _closedMinutes.Reader;

    public void Record(RawEvent e)
    {
        lock (_lock)
        {
            RollTo(_time.GetUtcNow().UtcDateTime);
            RecordLocked(e);
        }
    }

    /// <summary>
    /// Records a site's batch and stamps it received now, under the same lock as <see cref="PublishProgress"/>'s
    /// snapshot: an event stamped before a progress window's <c>through</c> is in it, one stamped after is not.
    /// Events without a client timestamp happened when received. Returns the stamp.
    /// </summary>
    public DateTime RecordReceived(IReadOnlyList<RawEvent> events)
    {
        lock (_lock)
        {
            var now = _time.GetUtcNow().UtcDateTime;
            RollTo(now);
            foreach (var e in events)
            {
                e.ReceivedAt = now;
                if (e.OccurredAt == default) e.OccurredAt = now;
                RecordLocked(e);
            }
            return now;
        }
    }

    private void RecordLocked(RawEvent e)
    {
        _current.Record(e);
        // In a cluster the merge keeps the active members (of every node); here they only travel with the second.
        if (_seenThisSecond is null) _active.Seen(e);
        else if (e.UserId is { } id) _seenThisSecond[id] = e;
    }

    /// <summary>
    /// Under <see cref="_lock"/>: ends every second that ended at or before <paramref name="now"/> (after a long
    /// pause, only the last two minutes' worth), so an event always lands in the second it was recorded in even
    /// when the ticker is a few milliseconds late. Ended seconds wait in <see cref="_ended"/> for <see cref="Tick"/>.
    /// </summary>
    private void RollTo(DateTime now)
    {
        while (_current.End <= now)
        {
            var closed = _current;
            var next = closed.End;
            if (now - next > TimeSpan.FromMinutes(2)) next = Floor(now - Minute, Minute);
            _current = new WindowAccumulator(next, Second);
            List<SeenMember>? members = null;
            if (_sink is null) _active.Sample(closed.End, closed);
            else if (_seenThisSecond is { Count: > 0 } seen)
            {
                members = [.. seen.Values.Select(SeenMember.Of)];
                seen.Clear();
            }
            _ended.Enqueue((closed, _sink, members));
        }
    }

    /// <summary>Closes and publishes every second that ended at or before <paramref name="now"/>; returns how many.</summary>
    public int Tick(DateTime now)
    {
        var count = 0;
        while (true)
        {
            (WindowAccumulator Second, ILocalSecondSink? Sink, List<SeenMember>? Members) ended;
            lock (_lock)
            {
                RollTo(now);
                if (!_ended.TryDequeue(out ended)) return count;
            }
            count++;
            _sessions.Sample(ended.Second);
            if (ended.Sink is null) Close(ended.Second);
            else ended.Sink.Closed(ended.Second, ended.Members ?? []);
        }
    }

    /// <summary>
    /// Cluster mode: from now on each closed second goes to <paramref name="sink"/> (which merges it with the
    /// other nodes' parts and hands the merged second back through <see cref="CloseMerged"/>).
    /// </summary>
    public void HandOffSecondsTo(ILocalSecondSink sink)
    {
        lock (_lock)
        {
            _sink = sink;
            _seenThisSecond ??= [];
        }
    }

    /// <summary>Publishes a merged cluster second exactly as a local one is published on a single node.</summary>
    public void CloseMerged(WindowAccumulator second) => Close(second);

    private void Close(WindowAccumulator second)
    {
        WindowAccumulator? five = null, minute = null;
        lock (_ringLock)
        {
            Push(_seconds, second, SecondsKept);
            if (second.End.Ticks % FiveSeconds.Ticks == 0)
                five = WindowAccumulator.Merge(second.End - FiveSeconds, FiveSeconds, _seconds.Where(s => s.Start >= second.End - FiveSeconds));
            if (second.End.Ticks % Minute.Ticks == 0)
            {
                minute = WindowAccumulator.Merge(second.End - Minute, Minute, _seconds.Where(s => s.Start >= second.End - Minute));
                Push(_minutes, minute, MinutesKept);
            }
        }
        Publish(AnalyticsIntervals.OneSecond, second);
        if (five is not null) Publish(AnalyticsIntervals.FiveSeconds, five);
        if (minute is not null)
        {
            Publish(AnalyticsIntervals.OneMinute, minute);
            _closedMinutes.Writer.TryWrite(minute);
        }
    }

    private void Publish(string interval, WindowAccumulator accumulator)
    {
        var window = WindowView.Of(interval, accumulator);
        Channel<AnalyticsWindow>[] followers;
        lock (_ringLock)
        {
            Push(_recent[interval], window, interval == AnalyticsIntervals.OneMinute ? MinutesKept : 120);
            followers = [.. _followers[interval]];
        }
        foreach (var follower in followers) follower.Writer.TryWrite(window);
    }

    private static void Push<T>(LinkedList<T> ring, T item, int keep)
    {
        ring.AddLast(item);
        while (ring.Count > keep) ring.RemoveFirst();
    }

    public AnalyticsWindow? Latest(string interval)
    {
        lock (_ringLock) return _recent[interval].Last?.Value;
    }

    public IReadOnlyList<AnalyticsWindow> Recent(string interval)
    {
        lock (_ringLock) return [.. _recent[interval]];
    }

    /// <summary>
    /// Joins the followers of <paramref name="interval"/> at the call, not at the first read: a caller that
    /// follows, then reads <see cref="Recent"/>, then starts reading misses nothing in between (an async
    /// iterator would only join on its first MoveNextAsync, and a window closing before it was lost).
    /// With <paramref name="progress"/>, the open window so far comes too, between closes (see <see cref="PublishProgress"/>).
    /// </summary>
    public IAsyncEnumerable<AnalyticsWindow> FollowAsync(string interval, CancellationToken ct, bool progress = false)
    {
        var channel = Channel.CreateBounded<AnalyticsWindow>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_ringLock)
        {
            _followers[interval].Add(channel);
            if (progress) _progressFollowers[interval].Add(channel);
        }
        // Leaves on cancellation too, so a follower never read (its caller failed first) does not stay behind.
        var leave = ct.Register(() => Leave(interval, channel));
        return ReadAsync(interval, channel, leave, ct);
    }

    private async IAsyncEnumerable<AnalyticsWindow> ReadAsync(string interval, Channel<AnalyticsWindow> channel, CancellationTokenRegistration leave,
        [EnumeratorCancellation] CancellationToken ct)
    {
        try
        {
            while (await channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
                while (channel.Reader.TryRead(out var window)) yield return window;
        }
        finally
        {
            await leave.DisposeAsync();
            Leave(interval, channel);
        }
    }

    private void Leave(string interval, Channel<AnalyticsWindow> channel)
    {
        lock (_ringLock)
        {
            _followers[interval].Remove(channel);
            _progressFollowers[interval].Remove(channel);
        }
    }

    /// <summary>
    /// Pushes each interval's open window so far (<see cref="AnalyticsWindow.Open"/>, counted through now) to the
    /// followers that asked for progress (nothing is built while nobody did), so an event reaches them within a fraction of a second instead of
    /// when its window closes. Skipped while an ended second waits for <see cref="Tick"/> (it goes out first).
    /// </summary>
    public void PublishProgress()
    {
        List<(string Interval, Channel<AnalyticsWindow>[] Followers)>? targets = null;
        lock (_ringLock)
            foreach (var (interval, followers) in _progressFollowers)
                if (followers.Count > 0) (targets ??= []).Add((interval, followers.ToArray()));
        // Several times a second whether anyone follows or not: nobody following allocates nothing.
        if (targets is null) return;
        WindowAccumulator open;
        DateTime through;
        bool localOnly;
        lock (_lock)
        {
            through = _time.GetUtcNow().UtcDateTime;
            if (_ended.Count > 0 || _current.End <= through) return;
            open = WindowAccumulator.Merge(_current.Start, Second, [_current]);
            localOnly = _sink is not null;
        }
        foreach (var (interval, followers) in targets)
        {
            var window = WindowView.Of(interval, OpenWindow(interval, open, localOnly), through);
            foreach (var follower in followers) follower.Writer.TryWrite(window);
        }
    }

    /// <summary>
    /// The open window of <paramref name="interval"/>: its closed seconds so far plus the open second, with the
    /// gauges of the last closed second (gauges are sampled when a second closes). In a cluster the open second is
    /// this node's part only, so the window is marked partial.
    /// </summary>
    private WindowAccumulator OpenWindow(string interval, WindowAccumulator open, bool localOnly)
    {
        var length = interval switch
        {
            AnalyticsIntervals.FiveSeconds => FiveSeconds,
            AnalyticsIntervals.OneMinute => Minute,
            _ => Second,
        };
        var start = Floor(open.Start, length);
        WindowAccumulator window;
        WindowAccumulator? last;
        lock (_ringLock)
        {
            last = _seconds.Last?.Value;
            window = WindowAccumulator.Merge(start, length, [.. _seconds.Where(s => s.Start >= start && s.End <= open.Start), open]);
        }
        window.TakeGaugesFrom(last);
        window.Partial |= localOnly;
        return window;
    }

    /// <summary>The closed seconds (up to a minute) or minutes (up to an hour) covering the last <paramref name="window"/>, merged.</summary>
    public WindowAccumulator? Covering(TimeSpan window)
    {
        lock (_ringLock)
        {
            var ring = window <= TimeSpan.FromSeconds(SecondsKept) ? _seconds : _minutes;
            if (ring.Last is not { } last) return null;
            var from = last.Value.End - window;
            return WindowAccumulator.Merge(from, window, ring.Where(w => w.Start >= from));
        }
    }

    public TimeSpan MaxLiveWindow => TimeSpan.FromMinutes(MinutesKept);

    private static DateTime Floor(DateTime t, TimeSpan unit) => new(t.Ticks - t.Ticks % unit.Ticks, DateTimeKind.Utc);
}
