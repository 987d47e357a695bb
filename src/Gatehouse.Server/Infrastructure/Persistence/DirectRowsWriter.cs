using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Inserts the untracked rows of a bulk write (<see cref="DirectInserts"/>) straight from their values, a table at a
/// time in foreign-key order, through <see cref="MultiRowInsert"/> (positional statements on SQLite, multi-row
/// statements on PostgreSQL), inside the caller's transaction: the same columns, values and conversions as
/// <see cref="AddedRowsWriter"/> writes for tracked rows, read from the entity instead of its <c>EntityEntry</c>.
/// Rows a row owns through a navigation (a member's role links) get its key in their foreign key, as EF's fix-up would.
/// </summary>
internal static class DirectRowsWriter
{
    /// <summary>The rows by type, with the rows each owns (eligibility was checked for the whole graph).</summary>
    public static Dictionary<IEntityType, List<object>> Flatten(DbContext db, IReadOnlyList<object> rows)
    {
        var byType = new Dictionary<IEntityType, List<object>>();
        foreach (var row in rows) Collect(db.Model.FindEntityType(row.GetType())!, row, byType);
        return byType;
    }

    public static async Task<int> InsertAsync(DbContext db, DbTransaction transaction, Dictionary<IEntityType, List<object>> byType, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var written = 0;
        var order = AddedRowsWriter.InsertOrder(byType.Keys);
        if (order.Count != byType.Count) throw new InvalidOperationException("Rows kept out of the change tracker form a cycle of tables.");
        foreach (var type in order)
        {
            var list = byType[type];
            await MultiRowInsert.InsertAsync(connection, transaction, type.GetTableMappings().First(), list,
                static (row, property) => property.GetGetter().GetClrValueUsingContainingEntity(row), ct);
            written += list.Count;
        }
        return written;
    }

    private static void Collect(IEntityType type, object row, Dictionary<IEntityType, List<object>> byType)
    {
        if (!byType.TryGetValue(type, out var list)) byType[type] = list = [];
        list.Add(row);
        foreach (var navigation in type.GetNavigations())
        {
            if (navigation.IsOnDependent || navigation.GetGetter().GetClrValueUsingContainingEntity(row) is not { } value) continue;
            var fk = navigation.ForeignKey;
            foreach (var dependent in navigation.IsCollection ? ((System.Collections.IEnumerable)value).Cast<object>() : [value])
            {
                for (var i = 0; i < fk.Properties.Count; i++)
                    fk.Properties[i].PropertyInfo!.SetValue(dependent, fk.PrincipalKey.Properties[i].GetGetter().GetClrValueUsingContainingEntity(row));
                Collect(navigation.TargetEntityType, dependent, byType);
            }
        }
    }
}
