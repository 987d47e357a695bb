namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// SQLite allows one writer at a time, and a deferred transaction that tries to upgrade to a
/// write while another commits fails with SQLITE_BUSY instead of waiting. Serializing writers
/// in-process turns that failure into a short queue. PostgreSQL handles concurrent writers
/// itself, so the gate is open for it (the audit chain takes its own advisory lock).
/// </summary>
public sealed class WriteGate
{
    private readonly SemaphoreSlim _sqliteWriter = new(1, 1);

    public async Task<IDisposable> EnterAsync(bool isPostgres, CancellationToken ct)
    {
        if (isPostgres) return NoopRelease.Instance;
        await _sqliteWriter.WaitAsync(ct);
        return new Release(_sqliteWriter);
    }

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }

    private sealed class NoopRelease : IDisposable
    {
        public static readonly NoopRelease Instance = new();
        public void Dispose() { }
    }
}
