namespace Gatehouse.Server.Infrastructure;

/// <summary>Lock-free "raise to at least" for counters that only move forward (outbox positions).</summary>
public static class Monotonic
{
    /// <summary>Sets <paramref name="field"/> to <paramref name="value"/> unless another thread already set it higher.</summary>
    public static void Raise(ref long field, long value)
    {
        var seen = Volatile.Read(ref field);
        while (seen < value)
        {
            var was = Interlocked.CompareExchange(ref field, value, seen);
            if (was == seen) return;
            seen = was;
        }
    }
}
