using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Writes a large set of added rows with multi-row <c>INSERT</c>s per table (<see cref="MultiRowInsert"/>),
/// instead of EF Core's per-save command building. A bulk write (an import of 100k members, a group
/// rule applied to 20k) adds five or six rows per member (the member, its roles, an audit entry, an
/// outbox event, a credential); through <c>SaveChanges</c> EF spent most of that time generating SQL,
/// creating parameters and topologically sorting commands. The rows are exactly the entities EF would
/// have written, with the values and parameters its type mappings produce, inserted in foreign-key
/// order inside the caller's transaction; each is then marked unchanged, so the
/// <c>SaveChanges</c> that follows writes only what is left (updates, deletes, small types).
/// Store-generated keys, shared tables and self-references stay with EF.
/// </summary>
public static class AddedRowsWriter
{
    /// <summary>Below this many added rows EF's own batching costs little, and keeps its interceptors' view.</summary>
    public const int Threshold = 200;

    public static async Task<int> InsertAsync(DbContext db, CancellationToken ct)
    {
        // The caller (GatehouseDb) has just detected changes.
        if (db.Database.CurrentTransaction is not { } transaction) return 0;
        var added = new Dictionary<IEntityType, List<EntityEntry>>();
        var count = 0;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Deleted) return 0; // a delete may free a key an insert takes: EF orders those
            if (entry.State != EntityState.Added) continue;
            if (!added.TryGetValue(entry.Metadata, out var list)) added[entry.Metadata] = list = [];
            list.Add(entry);
            count++;
        }
        if (count < Threshold) return 0;

        var written = 0;
        var connection = db.Database.GetDbConnection();
        // A type left to EF (not eligible, or in a cycle) keeps every type that depends on it with EF too.
        var leftToEf = new HashSet<IEntityType>(added.Keys);
        foreach (var type in InsertOrder(added.Keys))
        {
            var entries = added[type];
            if (!Eligible(type, entries) || type.GetForeignKeys().Any(fk => fk.PrincipalEntityType != type && leftToEf.Contains(fk.PrincipalEntityType)))
                continue;
            written += await InsertRowsAsync(connection, transaction.GetDbTransaction(), type, entries, ct);
            leftToEf.Remove(type);
        }
        return written;
    }

    private static async Task<int> InsertRowsAsync(DbConnection connection, DbTransaction transaction, IEntityType type,
        List<EntityEntry> entries, CancellationToken ct)
    {
        await MultiRowInsert.InsertAsync(connection, transaction, type.GetTableMappings().First(), entries,
            (entry, property) => entry.Property(property).CurrentValue, ct);
        // The rows are in the database: EF must not write them again, and reads them as it would after a save.
        foreach (var entry in entries) entry.State = EntityState.Unchanged;
        return entries.Count;
    }

    /// <summary>A type whose rows this writer can insert as they are: its own table, keys already known.</summary>
    private static bool Eligible(IEntityType type, List<EntityEntry> entries)
    {
        var mappings = type.GetTableMappings().ToList();
        if (mappings.Count != 1 || mappings[0].Table.EntityTypeMappings.Count() != 1) return false;
        if (type.GetForeignKeys().Any(fk => fk.PrincipalEntityType == type)) return false;
        // Store-generated values (database defaults, computed columns, identity keys) are EF's to read back;
        // a key generated on the client (a Guid) is already in the entity.
        var generated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
        if (generated.Any(p => !p.IsKey() || p.ValueGenerated != ValueGenerated.OnAdd)) return false;
        return entries.All(e => generated.All(p => !e.Property(p.Name).IsTemporary));
    }

    /// <summary>Principals before their dependents, so every foreign key finds its row.</summary>
    internal static List<IEntityType> InsertOrder(IEnumerable<IEntityType> types)
    {
        var pending = types.ToList();
        var ordered = new List<IEntityType>(pending.Count);
        while (pending.Count > 0)
        {
            var ready = pending.FirstOrDefault(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && pending.Contains(fk.PrincipalEntityType)));
            if (ready is null) break; // a cycle between types: the rest stay with EF, which orders rows, not tables
            ordered.Add(ready);
            pending.Remove(ready);
        }
        return ordered;
    }
}
