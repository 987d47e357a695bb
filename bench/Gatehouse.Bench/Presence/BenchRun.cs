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
        Latency.Record(Stopwatch.GetElapsedTime(Volatile.Read(ref _sentAt[seq]), now));
    }

    public int Received(int observer) => Volatile.Read(ref _received[observer]);
}
