using System.Data.Common;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>Wakes the dispatcher the moment a transaction that wrote events commits (not before: it would read nothing).</summary>
public sealed class OutboxCommitInterceptor(OutboxSealer sealer, DomainEventSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData);
        return Task.CompletedTask;
    }

    // A transaction that was rolled back (or disposed without commit) leaves a mark behind; the
    // next transaction on the context starts clean.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        if (eventData.Context is GatehouseDb db) sealer.Discard(db);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GatehouseDb db) sealer.Discard(db);
        return ValueTask.FromResult(result);
    }

    private void Wake(TransactionEndEventData eventData)
    {
        if (eventData.Context is GatehouseDb db && sealer.TakeCommitted(db)) signal.Notify();
    }
}
