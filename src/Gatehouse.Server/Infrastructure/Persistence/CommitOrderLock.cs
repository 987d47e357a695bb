using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Serializes the transactions that append to ordered logs (audit chain, outbox) until they
/// commit, so numbers handed out in order also become visible in order: a reader never sees
/// sequence 8 while 7 is still uncommitted. SQLite writers are already serialized by the
/// <see cref="WriteGate"/>. On PostgreSQL it is one transaction-scoped advisory lock, shared by
/// every sealer (re-entrant, so one lock id cannot deadlock against another).
/// </summary>
public static class CommitOrderLock
{
    /// <summary>Arbitrary constant naming the lock ("gatehouse" chain).</summary>
    private const long LockId = 0x6761746568;

    public static async Task AcquireAsync(GatehouseDb db, CancellationToken ct)
    {
        if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockId})", ct);
    }
}
