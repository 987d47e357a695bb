using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gatehouse.Server.Features.Analytics.Storage;

/// <summary>
/// Inserts raw events as multi-row <c>INSERT</c> statements inside the caller's transaction, bypassing the
/// change tracker: at 20,000 events/s, tracking and snapshotting every row cost the request threads most of a
/// core. Columns, names and parameter conversions come from the EF model (the type mappings EF itself uses),
/// so the rows are stored exactly as <c>AddRange</c> + <c>SaveChanges</c> stored them, on SQLite and PostgreSQL.
/// </summary>
public static class RawEventInsert
{
    /// <summary>Rows per statement: 100 × 15 parameters stays far below either provider's limit.</summary>
    private const int RowsPerStatement = 100;

    private sealed record Column(string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable);

    public static async Task InsertAsync(DbContext db, IReadOnlyList<RawEvent> events, CancellationToken ct)
    {
        if (events.Count == 0) return;
        var (table, columns) = Describe(db.Model);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Raw events are inserted inside the write transaction.");
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        for (var offset = 0; offset < events.Count; offset += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, events.Count - offset);
            command.Parameters.Clear();
            sql.Clear().Append("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                var e = events[offset + r];
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{(r * columns.Count) + c}";
                    sql.Append(c == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, columns[c].Getter.GetClrValueUsingContainingEntity(e), columns[c].Nullable));
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static (string Table, List<Column> Columns) Describe(IModel model)
    {
        var type = model.FindEntityType(typeof(RawEvent)) ?? throw new InvalidOperationException("RawEvent is not in the model.");
        var store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties()
            .Select(p => new Column(Quote(p.GetColumnName(store)!), p.GetRelationalTypeMapping(), p.GetGetter(), p.IsNullable))
            .ToList();
        return (Quote(store.Name), columns);
    }

    // Both providers quote identifiers with double quotes (EF created the table with these exact names).
    private static string Quote(string identifier) => $"\"{identifier}\"";
}
