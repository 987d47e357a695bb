using System.Diagnostics;
using System.Globalization;

namespace Gatehouse.Bench.Presence;

/// <summary>Send times by change sequence and, per observer, which measured changes arrived.</summary>
public sealed class BenchRun(int capacity, int observers)
{
    private readonly long[] _sentAt = new long[capacity];
    private readonly bool[] _measured = new bool[capacity];
    private readonly bool[][] _seen = [.. Enumerable.Range(0, observers).Select(_ => new bool[capacity])];
    private readonly int[] _received = new int[observers];
    private readonly long[] _ackTicks = new long[capacity];
    private readonly long[] _slowestTicks = new long[capacity];

    public int Capacity => capacity;

    /// <summary>Part of every status message: a change identical to the stored status would produce no event.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N")[..8];
    public LatencyRecorder Latency { get; } = new();

    /// <summary>Send → the server's answer to the change (the round trip, for comparison with delivery).</summary>
    public LatencyRecorder AckLatency { get; } = new();

    public void Sent(int seq, bool measured)
    {
        Volatile.Write(ref _measured[seq], measured);
        Volatile.Write(ref _sentAt[seq], Stopwatch.GetTimestamp());
    }

    /// <summary>The text a change carries (a status message, a relay message): <c>b&lt;seq&gt;:&lt;run&gt;</c>.</summary>
    public static string Message(int seq, string runId) => $"b{seq}:{runId}";

    /// <summary>Observer <paramref name="observer"/> received <paramref name="message"/> at <paramref name="now"/>; anything but one of this run's changes is ignored.</summary>
    public void Delivered(int observer, string? message, long now)
    {
        if (message is { Length: > 1 } m && m[0] == 'b' && m.IndexOf(':', StringComparison.Ordinal) is > 1 and var colon
            && m.AsSpan(colon + 1).SequenceEqual(Id)
            && int.TryParse(m.AsSpan(1, colon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
            Delivered(observer, seq, now);
    }

    private void Delivered(int observer, int seq, long now)
    {
        if ((uint)seq >= (uint)capacity || !Volatile.Read(ref _measured[seq])) return;
        if (_seen[observer][seq]) return; // SignalR invokes one handler at a time per connection: no race here
        _seen[observer][seq] = true;
        Interlocked.Increment(ref _received[observer]);
        var latency = Stopwatch.GetElapsedTime(Volatile.Read(ref _sentAt[seq]), now);
        Latency.Record(latency);
        for (var slowest = Volatile.Read(ref _slowestTicks[seq]); latency.Ticks > slowest;)
        {
            var seen = Interlocked.CompareExchange(ref _slowestTicks[seq], latency.Ticks, slowest);
            if (seen == slowest) break;
            slowest = seen;
        }
    }

    /// <summary>Change <paramref name="seq"/> was answered after <paramref name="elapsed"/>.</summary>
    public void Acked(int seq, TimeSpan elapsed)
    {
        AckLatency.Record(elapsed);
        Volatile.Write(ref _ackTicks[seq], elapsed.Ticks);
    }

    /// <summary>
    /// One CSV line per measured change: when it was sent (ms after <paramref name="start"/>), its ack and its slowest
    /// delivery in ms (empty when none arrived), so a tail can be placed in time: a pause of the whole server or of the
    /// bench shows as many consecutive slow changes, a periodic job as slow changes at a fixed period.
    /// </summary>
    public void WriteTimeline(TextWriter writer, long start)
    {
        // The wall clock at start too, to line the tail up with the server's timers (some follow the clock's seconds).
        var startUnixMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - (long)Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        writer.WriteLine(FormattableString.Invariant($"# started at unix ms {startUnixMs}"));
        writer.WriteLine("sent_ms,ack_ms,slowest_delivery_ms");
        for (var seq = 0; seq < capacity; seq++)
        {
            if (!Volatile.Read(ref _measured[seq])) continue;
            var sent = Stopwatch.GetElapsedTime(start, Volatile.Read(ref _sentAt[seq])).TotalMilliseconds;
            var slowest = Volatile.Read(ref _slowestTicks[seq]);
            writer.WriteLine(FormattableString.Invariant(
                $"{sent:F1},{TimeSpan.FromTicks(Volatile.Read(ref _ackTicks[seq])).TotalMilliseconds:F2},{(slowest == 0 ? "" : TimeSpan.FromTicks(slowest).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture))}"));
        }
    }

    public int Received(int observer) => Volatile.Read(ref _received[observer]);
}
