using System.Runtime.CompilerServices;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Numbers pending outbox rows (max + 1, …) under the commit-order lock, so sequence order is
/// commit order and the dispatcher can read "everything after my checkpoint" without skipping a
/// row that commits late. Remembers which contexts hold sealed rows so the commit can wake the
/// dispatcher (<see cref="OutboxCommitInterceptor"/>).
/// </summary>
public sealed class OutboxSealer : ICommitSealer
{
    private readonly ConditionalWeakTable<GatehouseDb, object> _awaitingCommit = [];
    private static readonly object Marker = new();

    public bool HasPending(GatehouseDb db) =>
        db.AddedRows<OutboxMessage>().Any(m => m.Sequence == 0);

    public async Task SealPendingAsync(GatehouseDb db, CancellationToken ct)
    {
        var pending = db.AddedRows<OutboxMessage>()
            .Where(m => m.Sequence == 0)
            .OrderBy(e => e.LocalOrder)
            .ToList();
        if (pending.Count == 0) return;

        await CommitOrderLock.AcquireAsync(db, ct);
        var last = await db.OutboxMessages.AsNoTracking().MaxAsync(m => (long?)m.Sequence, ct) ?? 0;
        foreach (var message in pending) message.Sequence = ++last;
        _awaitingCommit.AddOrUpdate(db, Marker);
    }

    /// <summary>True once per transaction that wrote events; called when it commits.</summary>
    public bool TakeCommitted(GatehouseDb db) => _awaitingCommit.Remove(db);
}
