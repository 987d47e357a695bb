namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// Merges the nodes' parts of each second into one cluster-wide second. A second closes once
/// <see cref="Settle"/> has passed since it ended and this node's own part is in; a part arriving
/// after its second closed is dropped and counted (<see cref="LateParts"/>). Active users are the
/// union of the members every node saw (exact, not estimated), sampled when the merged second closes.
/// Thread-safe: parts arrive on the Redis callback thread, closes on the exchange's timer.
/// </summary>
public sealed class SecondMerge(string node, TimeSpan settle, TimeSpan activeWindow)
{
    /// <summary>A node that sent nothing for this long is no longer expected (it stopped or died).</summary>
    public static readonly TimeSpan NodeMemory = TimeSpan.FromSeconds(5);

    /// <summary>Past this, a second closes even without this node's own part (a stalled ticker must not stall the cluster view).</summary>
    private static readonly TimeSpan OwnPartLimit = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private readonly SortedDictionary<DateTime, List<NodeSecond>> _pending = [];
    private readonly Dictionary<string, DateTime> _lastHeard = new(StringComparer.Ordinal);
    private readonly ActiveUsers _active = new(activeWindow);
    private DateTime _closedUntil = DateTime.MinValue;
    private DateTime _ownUntil = DateTime.MinValue;
    private long _lateParts;

    public TimeSpan Settle => settle;

    public long LateParts => Interlocked.Read(ref _lateParts);

    /// <summary>Takes a node's part (this node's or another's); false when its second already closed.</summary>
    public bool Add(NodeSecond part)
    {
        lock (_lock)
        {
            // Late or not, the members it saw still count as active: the active window is minutes long.
            foreach (var member in part.Members) _active.SeenIfNewer(member.ToEvent());
            var start = part.Window.Start;
            if (part.Node == node) _ownUntil = Max(_ownUntil, part.Window.End);
            _lastHeard[part.Node] = Max(_lastHeard.GetValueOrDefault(part.Node), part.Window.End);
            if (part.Window.End <= _closedUntil)
            {
                Interlocked.Increment(ref _lateParts);
                return false;
            }
            if (!_pending.TryGetValue(start, out var parts)) _pending[start] = parts = [];
            parts.Add(part);
            return true;
        }
    }

    /// <summary>
    /// Closes, oldest first, every second whose settle delay has passed by <paramref name="now"/>.
    /// <paramref name="degraded"/> marks them partial (Redis unreachable: only this node's part can be in).
    /// </summary>
    public IReadOnlyList<WindowAccumulator> CloseDue(DateTime now, bool degraded)
    {
        List<WindowAccumulator>? closed = null;
        lock (_lock)
        {
            while (_pending.Count > 0)
            {
                var (start, parts) = _pending.First();
                var end = start.AddSeconds(1);
                if (end + settle > now || (end > _ownUntil && end + OwnPartLimit > now)) break;
                _pending.Remove(start);
                (closed ??= []).Add(Merge(start, parts, degraded));
                _closedUntil = end;
            }
            var forgetBefore = now - NodeMemory;
            foreach (var (n, heard) in _lastHeard.ToList()) if (heard < forgetBefore) _lastHeard.Remove(n);
        }
        return closed ?? (IReadOnlyList<WindowAccumulator>)[];
    }

    private WindowAccumulator Merge(DateTime start, List<NodeSecond> parts, bool degraded)
    {
        var merged = new WindowAccumulator(start, TimeSpan.FromSeconds(1));
        var nodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
            if (nodes.Add(part.Node)) merged.AddSameSecond(part.Window);
        merged.Nodes = nodes.Count;
        // A node heard from recently but missing here is late or gone: the second is not the whole cluster.
        var expected = _lastHeard.Where(h => h.Value >= merged.End - NodeMemory).Select(h => h.Key);
        merged.Partial = degraded || expected.Any(n => !nodes.Contains(n));
        _active.Sample(merged.End, merged);
        return merged;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
