using System.Runtime.CompilerServices;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Numbers pending outbox rows (max + 1, …) under the commit-order lock, so sequence order is
/// commit order and the dispatcher can read "everything after my checkpoint" without skipping a
/// row that commits late. Remembers which contexts hold sealed rows so the commit can wake the
/// dispatcher (<see cref="OutboxCommitInterceptor"/>), and the highest sequence this node committed.
/// </summary>
public sealed class OutboxSealer : ICommitSealer
{
    // The last sequence each context sealed, until its transaction commits or another starts.
    private readonly ConditionalWeakTable<GatehouseDb, StrongBox<long>> _awaitingCommit = [];
    private long _lastCommittedHere;

    /// <summary>
    /// The highest outbox sequence committed by this node (0 before its first). A copy kept current by events
    /// is current for every write made here once it has applied this far: the writer's own node never reads
    /// behind itself, without asking the database.
    /// </summary>
    public long LastCommittedHere => Volatile.Read(ref _lastCommittedHere);

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
        _awaitingCommit.AddOrUpdate(db, new StrongBox<long>(last));
    }

    /// <summary>True once per transaction that wrote events; called when it commits.</summary>
    public bool TakeCommitted(GatehouseDb db)
    {
        if (!_awaitingCommit.TryGetValue(db, out var sealedTo) || !_awaitingCommit.Remove(db)) return false;
        Monotonic.Raise(ref _lastCommittedHere, sealedTo.Value);
        return true;
    }

    /// <summary>Forgets what a transaction that did not commit (rolled back, or disposed without commit) sealed.</summary>
    public void Discard(GatehouseDb db) => _awaitingCommit.Remove(db);
}
