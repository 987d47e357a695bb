using HdrHistogram;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// Request latencies in microseconds, 1 µs to 60 s, two significant digits: an HdrHistogram, so windows
/// merge exactly (1 s windows add up to 5 s and 1 min ones) and percentiles never sort arrays.
/// Stored rollups keep it as sparse (value, count) pairs.
/// </summary>
public sealed class LatencyHistogram
{
    public const long MaxMicros = 60_000_000;

    /// <summary>The chart's bucket bounds, in milliseconds (the last bucket takes everything above).</summary>
    public static readonly double[] ChartBoundsMs = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, double.PositiveInfinity];

    private readonly IntHistogram _histogram = new(1, MaxMicros, 2);

    public long Count => _histogram.TotalCount;

    public double TotalMs { get; private set; }

    public void Record(double milliseconds)
    {
        var micros = Math.Clamp((long)Math.Round(milliseconds * 1000), 1, MaxMicros);
        _histogram.RecordValue(micros);
        TotalMs += milliseconds;
    }

    public void Add(LatencyHistogram other)
    {
        if (other.Count == 0) return;
        _histogram.Add(other._histogram);
        TotalMs += other.TotalMs;
    }

    /// <summary>The latency (ms) at or below which <paramref name="percentile"/> % of requests fell; null when empty.</summary>
    public double? PercentileMs(double percentile) =>
        Count == 0 ? null : _histogram.HighestEquivalentValue(_histogram.GetValueAtPercentile(percentile)) / 1000.0;

    public IEnumerable<(long Micros, long Count)> Values()
    {
        foreach (var v in _histogram.RecordedValues()) yield return (v.ValueIteratedTo, v.CountAtValueIteratedTo);
    }

    public IReadOnlyList<(double UpToMs, long Count)> ChartBuckets()
    {
        var counts = new long[ChartBoundsMs.Length];
        foreach (var (micros, count) in Values())
        {
            var ms = micros / 1000.0;
            var i = Array.FindIndex(ChartBoundsMs, b => ms <= b);
            counts[i < 0 ? counts.Length - 1 : i] += count;
        }
        return [.. ChartBoundsMs.Select((b, i) => (b, counts[i]))];
    }

    /// <summary>Sparse form for storage: (value, count) pairs as 7-bit varints.</summary>
    public byte[] Encode()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(TotalMs);
            foreach (var (micros, count) in Values())
            {
                writer.Write7BitEncodedInt64(micros);
                writer.Write7BitEncodedInt64(count);
            }
        }
        return stream.ToArray();
    }

    public static LatencyHistogram Decode(byte[] bytes)
    {
        var histogram = new LatencyHistogram();
        using var reader = new BinaryReader(new MemoryStream(bytes));
        histogram.TotalMs = reader.ReadDouble();
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var micros = reader.Read7BitEncodedInt64();
            var count = reader.Read7BitEncodedInt64();
            histogram._histogram.RecordValueWithCount(Math.Clamp(micros, 1, MaxMicros), count);
        }
        return histogram;
    }
}
