using System.Diagnostics;

namespace Gatehouse.Bench.Presence;

/// <summary>
/// Drives the load of both modes the same way: on a 10 ms tick, as many sends as the rate says
/// are due, numbered 0, 1, 2, … (the callers rotate them round robin over their connections, so
/// one connection sends at most once per N / rate seconds). Sends before the warm-up ends are
/// not measured.
/// </summary>
public static class Pacer
{
    /// <summary><paramref name="Started"/>: the <see cref="Stopwatch"/> timestamp the pacing started at.</summary>
    public sealed record Result(int Sent, int Measured, TimeSpan Elapsed, long Started);

    /// <summary>Calls <paramref name="send"/>(seq, measured) at the paced times and waits for every send to finish.</summary>
    public static async Task<Result> RunAsync(PresenceBenchOptions options, BenchRun run, Func<int, bool, Task> send)
    {
        var pending = new List<Task>();
        var sent = 0;
        var measuredFrom = int.MaxValue;
        var started = Stopwatch.GetTimestamp();
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (Stopwatch.GetElapsedTime(started) < options.Warmup + options.Duration && sent < run.Capacity)
        {
            if (measuredFrom == int.MaxValue && Stopwatch.GetElapsedTime(started) >= options.Warmup) measuredFrom = sent;
            var due = (int)(Stopwatch.GetElapsedTime(started).TotalSeconds * options.Rate);
            while (sent < due && sent < run.Capacity)
            {
                var seq = sent++;
                var measured = seq >= measuredFrom;
                run.Sent(seq, measured);
                pending.Add(send(seq, measured));
            }
            await tick.WaitForNextTickAsync();
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.WhenAll(pending);
        return new Result(sent, sent - Math.Min(measuredFrom, sent), elapsed, started);
    }
}
