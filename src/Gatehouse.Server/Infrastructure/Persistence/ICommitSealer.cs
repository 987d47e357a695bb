namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Gives rows that need a place in a global order (audit chain, outbox sequence) that place inside
/// the transaction that writes them, just before the save. A save with pending rows always runs in
/// a transaction under <see cref="CommitOrderLock"/>, so the order is the commit order.
/// </summary>
public interface ICommitSealer
{
    bool HasPending(GatehouseDb db);

    Task SealPendingAsync(GatehouseDb db, CancellationToken ct);
}
