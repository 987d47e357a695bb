namespace Gatehouse.Tests.Infrastructure;

/// <summary>The thread pool's floor for a process that hosts several real servers at once.</summary>
public static class TestThreads
{
    public const int Minimum = 32;

    public static void EnsureMinimum()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, Minimum), Math.Max(io, Minimum));
    }
}
