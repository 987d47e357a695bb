using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>New rows a bulk write adds without change tracking (<see cref="DirectInserts"/>).</summary>
public abstract partial class GatehouseDb
{
    private DirectInserts? _direct;
    // Inside an InsertDirectly scope (nested scopes restore the outer state).
    private bool _directOn;

    /// <summary>
    /// Until disposed, rows added through <see cref="Insert{T}"/> stay out of the change tracker and the next save in
    /// the caller's transaction inserts them straight from their values. Save before disposing: rows not saved
    /// by then are dropped (a failed batch must not reach a later save outside its transaction).
    /// </summary>
    public IDisposable InsertDirectly()
    {
        _direct ??= new DirectInserts(Model);
        var scope = new DirectScope(this);
        _directOn = true;
        return scope;
    }

    private sealed class DirectScope(GatehouseDb db) : IDisposable
    {
        private readonly bool _was = db._directOn;

        public void Dispose()
        {
            db._directOn = _was;
            if (!_was) db._direct?.Clear();
        }
    }

    /// <summary>A new row: kept for a direct insert inside <see cref="InsertDirectly"/> when its type allows, else tracked as <c>Added</c>.</summary>
    public void Insert<T>(T entity) where T : class
    {
        if (_directOn && _direct!.TryAdd(entity)) return;
        Add(entity);
    }

    /// <summary>The row of type <typeparamref name="T"/> with this key that this context holds: tracked, or kept for a direct insert.</summary>
    public T? FindLocal<T, TKey>(TKey key) where T : class where TKey : notnull
    {
        if (_direct?.Find<T>(key) is { } row) return row;
        var tracker = ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        // Reading DbSet.Local would first run DetectChanges over every tracked entity.
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return Set<T>().Local.FindEntry(key)?.Entity;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>New rows of type <typeparamref name="T"/> waiting to be saved: tracked as <c>Added</c> or kept for a direct insert.</summary>
    public IEnumerable<T> AddedRows<T>() where T : class
    {
        foreach (var entry in ChangeTracker.Entries<T>())
            if (entry.State == EntityState.Added) yield return entry.Entity;
        if (_direct is not null)
            foreach (var row in _direct.Of<T>()) yield return row;
    }

    /// <summary>A pooled context goes back to the pool: no scope open, nothing kept.</summary>
    private void EndDirectInserts()
    {
        _directOn = false;
        _direct?.Clear();
    }

    /// <summary>Forgets the rows kept for a direct insert, as <c>ChangeTracker.Clear()</c> forgets tracked ones.</summary>
    public void DiscardDirectInserts() => _direct?.Clear();

    /// <summary>
    /// The kept rows, inserted in the save's transaction; a handful (fewer than <see cref="AddedRowsWriter.Threshold"/>)
    /// are handed to EF instead, as any small save, so its interceptors see them.
    /// </summary>
    private async Task<int> WriteDirectInsertsAsync(CancellationToken ct)
    {
        if (_direct is not { Rows.Count: > 0 }) return 0;
        var rows = _direct.Take();
        var byType = DirectRowsWriter.Flatten(this, rows);
        if (Database.CurrentTransaction is not { } transaction || byType.Values.Sum(l => l.Count) < AddedRowsWriter.Threshold)
        {
            foreach (var row in rows) Add(row);
            return 0;
        }
        return await DirectRowsWriter.InsertAsync(this, transaction.GetDbTransaction(), byType, ct);
    }
}
