using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

public abstract partial class GatehouseDb
{
    /// <summary>
    /// <see cref="WriteAsync{T}"/> for a write nobody was promised would outlive the machine: an event subscriber's
    /// checkpoint (delivery is at least once, so a checkpoint found behind means events handled again, never missed) and
    /// the analytics events of API requests (queued in memory until then). Its commit does not wait for the disk: SQLite
    /// commits it with <c>synchronous=NORMAL</c>, PostgreSQL with <c>synchronous_commit=off</c>. It survives the process
    /// dying, as every commit in the log does; only the machine losing power before the next synced commit (which writes
    /// the log out, this commit with it) can lose it. Each checkpoint used to wait for an fsync of its own under SQLite's
    /// single writer: one member created meant several (docs/adr/sqlite-write-gate-and-durability.md).
    /// </summary>
    public async Task WriteWithoutSyncAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        // The setting is the connection's: it is held open around the write so the commit runs on it.
        await Database.OpenConnectionAsync(ct);
        try
        {
            if (!IsPostgres) await Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", ct);
            try
            {
                await WriteAsync(async c =>
                {
                    if (IsPostgres) await Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = off", c);
                    await work(c);
                    return 0;
                }, ct);
            }
            finally
            {
                if (!IsPostgres) await RestoreSyncedCommitsAsync();
            }
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }

    /// <summary>The pooled connection goes back to syncing every commit: the next write it serves may be a member's.</summary>
    private async Task RestoreSyncedCommitsAsync()
    {
        try
        {
            await Database.ExecuteSqlRawAsync("PRAGMA synchronous=" + SqliteConnectionSetup.Synchronous, CancellationToken.None);
        }
        catch
        {
            // A connection that cannot be set back must not serve another write: the pool lets go of its connections.
            SqliteConnection.ClearPool((SqliteConnection)Database.GetDbConnection());
            throw;
        }
    }
}
