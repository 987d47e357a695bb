namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Gives rows that need a place in a global order (audit chain, outbox sequence) that place inside
/// the transaction that writes them, just before the save. A save with pending rows always runs in
/// a transaction under <see cref="CommitOrderLock"/>, so the order is the commit order.
/// </summary>
public interface ICommitSealer
{
    bool HasPending(GatehouseDb db);

    /// <summary>
    /// Seals the pending rows. A sealer sets values only on rows in the <c>Added</c> state (their values are
    /// read when they are inserted) and adds rows through the context; the save does not detect changes again
    /// after sealing (on a bulk save that scan of every tracked entity was a fifth of the time).
    /// </summary>
    Task SealPendingAsync(GatehouseDb db, CancellationToken ct);
}
