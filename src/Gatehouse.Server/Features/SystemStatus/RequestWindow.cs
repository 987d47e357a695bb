namespace Gatehouse.Server.Features.SystemStatus;

/// <summary>
/// The requests of the last five minutes, in ten-second slots: how many, how many failed on the
/// server (5xx), and a histogram of their durations with the buckets ASP.NET Core's own histogram
/// uses, so the p95 here is what <c>histogram_quantile(0.95, …)</c> would say over <c>/metrics</c>.
/// </summary>
public sealed class RequestWindow(TimeProvider time)
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SlotLength = TimeSpan.FromSeconds(10);
    private static readonly double[] Bounds = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    private sealed class Slot
    {
        public long Index = -1;
        public long Count;
        public long Errors;
        public readonly long[] Buckets = new long[Bounds.Length + 1];
    }

    private readonly Slot[] _slots = [.. Enumerable.Range(0, (int)(Length / SlotLength)).Select(_ => new Slot())];

    public void Record(double seconds, int status)
    {
        var index = time.GetUtcNow().UtcTicks / SlotLength.Ticks;
        lock (_slots)
        {
            var slot = _slots[index % _slots.Length];
            if (slot.Index != index)
            {
                slot.Index = index;
                slot.Count = slot.Errors = 0;
                Array.Clear(slot.Buckets);
            }
            slot.Count++;
            if (status >= 500) slot.Errors++;
            var bucket = Array.FindIndex(Bounds, b => seconds <= b);
            slot.Buckets[bucket < 0 ? Bounds.Length : bucket]++;
        }
    }

    /// <summary>Totals over the window; <paramref name="observedFor"/> shortens it while the server is younger than the window.</summary>
    public RequestStats Summarise(TimeSpan observedFor)
    {
        var now = time.GetUtcNow().UtcTicks / SlotLength.Ticks;
        long count = 0, errors = 0;
        var buckets = new long[Bounds.Length + 1];
        lock (_slots)
        {
            foreach (var slot in _slots.Where(s => s.Index > now - _slots.Length && s.Index <= now))
            {
                count += slot.Count;
                errors += slot.Errors;
                for (var i = 0; i < buckets.Length; i++) buckets[i] += slot.Buckets[i];
            }
        }
        var seconds = Math.Clamp(observedFor.TotalSeconds, 1, Length.TotalSeconds);
        return new RequestStats((int)Length.TotalSeconds, count, Math.Round(count / seconds, 3),
            count == 0 ? 0 : Math.Round((double)errors / count, 4), P95(buckets, count));
    }

    /// <summary>Linear within the bucket that holds the 95th percentile, as Prometheus interpolates; null without requests.</summary>
    private static double? P95(long[] buckets, long count)
    {
        if (count == 0) return null;
        var rank = 0.95 * count;
        long below = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            if (below + buckets[i] >= rank)
            {
                if (i == Bounds.Length) return Bounds[^1] * 1000; // beyond the last bound: its value, as histogram_quantile says
                var lower = i == 0 ? 0 : Bounds[i - 1];
                return Math.Round((lower + (Bounds[i] - lower) * (rank - below) / buckets[i]) * 1000, 1);
            }
            below += buckets[i];
        }
        return null;
    }
}

/// <param name="WindowSeconds">How far back the figures look.</param>
/// <param name="PerSecond">Requests per second over the window (or the uptime, when shorter).</param>
/// <param name="ErrorRate">Share of the window's requests answered with a 5xx (0 to 1).</param>
/// <param name="P95Ms">95th-percentile duration in milliseconds; null when no request was served.</param>
public sealed record RequestStats(int WindowSeconds, long Count, double PerSecond, double ErrorRate, double? P95Ms);
