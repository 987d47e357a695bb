using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gatehouse.Server.Infrastructure.Persistence;

/// <summary>
/// Inserts rows of one table as multi-row <c>INSERT … VALUES (…), (…)</c> statements inside the caller's
/// transaction, with the columns, names and parameter conversions of the EF model (the type mappings EF
/// itself uses), so the rows are stored exactly as <c>SaveChanges</c> stores them, on SQLite and PostgreSQL.
/// Many rows per statement matter beyond round trips: SQLite's FTS5 index (member search) flushes its
/// pending terms at the end of every statement, and inserting 100,000 members one statement each took
/// 30 s where 50 a statement took 10 s (measured with the sqlite3 module on the real schema).
/// </summary>
public static class MultiRowInsert
{
    /// <summary>
    /// At most this many parameters in one named statement (PostgreSQL, and SQLite columns of a type
    /// <see cref="SqliteIndexedInsert"/> does not bind). SQLite finds each named parameter by a linear
    /// search of the statement's names, so binding a statement costs the square of its parameters:
    /// 500 rows of 29 columns a statement made a 100k-member import four times slower, not faster.
    /// About ten members a statement keeps both that search and the FTS5 flushes small.
    /// </summary>
    private const int MaxParameters = 300;

    /// <summary>Inserts <paramref name="rows"/> into <paramref name="table"/>; <paramref name="valueOf"/> reads a column's model value from a row.</summary>
    public static async Task InsertAsync<TRow>(DbConnection connection, DbTransaction transaction, ITableMappingBase table,
        IReadOnlyList<TRow> rows, Func<TRow, IProperty, object?> valueOf, CancellationToken ct)
    {
        var columns = table.ColumnMappings.ToArray();
        var head = $"INSERT INTO {Quote(table.Table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Column.Name)))}) VALUES ";
        if (connection is SqliteConnection sqlite && SqliteIndexedInsert.Supports(columns))
        {
            SqliteIndexedInsert.Insert(sqlite, columns, head, rows, valueOf);
            return;
        }
        var perStatement = Math.Max(1, MaxParameters / columns.Length);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        for (var offset = 0; offset < rows.Count; offset += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - offset);
            // The same text for every full statement: the provider keeps it prepared.
            var text = Statement(head, columns.Length, count, "@p");
            if (command.CommandText != text) command.CommandText = text;
            command.Parameters.Clear();
            for (var r = 0; r < count; r++)
            {
                var row = rows[offset + r];
                for (var c = 0; c < columns.Length; c++)
                {
                    var column = columns[c];
                    var value = valueOf(row, column.Property);
                    command.Parameters.Add(column.TypeMapping.CreateParameter(command, "@p" + ((r * columns.Length) + c), value, column.Column.IsNullable));
                }
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The statement for <paramref name="rows"/> rows; <paramref name="marker"/> is <c>@p</c> (named, numbered) or <c>?</c> (by position).</summary>
    internal static string Statement(string head, int columns, int rows, string marker)
    {
        var named = marker != "?";
        var sql = new StringBuilder(head, head.Length + (rows * columns * 8));
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append(marker);
                if (named) sql.Append((r * columns) + c);
            }
            sql.Append(')');
        }
        return sql.ToString();
    }

    // Both providers quote identifiers with double quotes (EF created the tables with these exact names).
    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
