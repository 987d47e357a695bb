using HdrHistogram;

namespace Gatehouse.Bench.Presence;

/// <summary>A thread-safe HdrHistogram of microseconds, from 1 µs to 10 minutes at 3 significant digits.</summary>
public sealed class LatencyRecorder
{
    private readonly LongHistogram _histogram = new(TimeSpan.FromMinutes(10).Ticks / 10, 3);
    private readonly Lock _lock = new();

    public void Record(TimeSpan elapsed)
    {
        var micros = Math.Clamp(elapsed.Ticks / 10, 1, _histogram.HighestTrackableValue);
        lock (_lock) _histogram.RecordValue(micros);
    }

    public long Count
    {
        get { lock (_lock) return _histogram.TotalCount; }
    }

    /// <summary>Milliseconds at a percentile (0 when nothing was recorded).</summary>
    public double Percentile(double p)
    {
        lock (_lock) return _histogram.TotalCount == 0 ? 0 : _histogram.GetValueAtPercentile(p) / 1000.0;
    }

    public double MaxMs
    {
        get { lock (_lock) return _histogram.TotalCount == 0 ? 0 : _histogram.GetMaxValue() / 1000.0; }
    }

    public string Summary() => $"p50 {Percentile(50):F1} ms  p95 {Percentile(95):F1} ms  p99 {Percentile(99):F1} ms  max {MaxMs:F1} ms  (n={Count})";
}
