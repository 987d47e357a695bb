using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Serializes the transactions that append to ordered logs (audit chain, outbox) until they
/// commit, so numbers handed out in order also become visible in order: a reader never sees
/// sequence 8 while 7 is still uncommitted. SQLite writers are already serialized by the
/// <see cref="WriteGate"/>. On PostgreSQL it is one transaction-scoped advisory lock, shared by
/// every sealer (re-entrant, so one lock id cannot deadlock against another), asked for once per
/// transaction: a write that appends to both logs held it through one round trip more than it needed.
/// </summary>
public static class CommitOrderLock
{
    /// <summary>Arbitrary constant naming the lock ("gatehouse" chain).</summary>
    internal const long LockId = 0x6761746568;

    // The transaction of each context that holds the lock (EF's id: Npgsql reuses its transaction objects).
    private static readonly ConditionalWeakTable<GatehouseDb, StrongBox<Guid>> Held = [];

    public static async Task AcquireAsync(GatehouseDb db, CancellationToken ct)
    {
        if (!db.IsPostgres) return;
        var transaction = db.Database.CurrentTransaction?.TransactionId;
        if (transaction is { } id && Held.TryGetValue(db, out var held) && held.Value == id) return;
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockId})", ct);
        if (transaction is { } taken) Held.AddOrUpdate(db, new StrongBox<Guid>(taken));
    }
}
