using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// Tells this node's <see cref="MemberSearchIndex"/> which members a transaction saved, once it
/// commits (not before: a search would reload the old row). Covers the writes that record no
/// event (rows seeded straight into the database); evented writes reach every node through the outbox
/// as well. Rows of a bulk save (<c>AddedRowsWriter</c>) are already unchanged when EF raises
/// <c>SavingChanges</c>, so they are not collected here: an import's members come through their
/// <c>user.created</c> events.
/// </summary>
public sealed class MemberSaveInterceptor(MemberSearchIndex index) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // Without an open transaction the save committed by itself (EF skips its own for a single statement).
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null) Flush(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    // A rolled-back transaction's members were not saved.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? db)
    {
        if (db is null) return;
        HashSet<Guid>? ids = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            Guid? id = entry.Entity switch { User u => u.Id, UserRole r => r.UserId, _ => null };
            if (id is { } member) (ids ??= _pending.GetOrCreateValue(db)).Add(member);
        }
    }

    private void Flush(DbContext? db)
    {
        if (db is not null && _pending.TryGetValue(db, out var ids))
        {
            _pending.Remove(db);
            index.MarkSaved(ids);
        }
    }

    private void Drop(DbContext? db)
    {
        if (db is not null) _pending.Remove(db);
    }
}
