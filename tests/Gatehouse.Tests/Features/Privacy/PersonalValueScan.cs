using System.Data.Common;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Privacy;

/// <summary>
/// Reads the database catalog (not the EF model, so tables made by raw SQL such as SQLite's search index count
/// too) and finds every text column of every table that still holds one of the given values, in any case.
/// </summary>
public static class PersonalValueScan
{
    public static async Task<List<string>> FindAsync(IServiceProvider services, IReadOnlyList<string> values)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        if (db.IsPostgres)
        {
            foreach (var row in await RowsAsync(conn, "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'character')"))
                columns.Add((row[0], row[1]));
        }
        else
        {
            foreach (var table in await RowsAsync(conn, "SELECT name FROM sqlite_master WHERE type = 'table'"))
                foreach (var col in await RowsAsync(conn, $"SELECT name, type FROM pragma_table_info('{table[0]}')"))
                    if (col[1] is "" or "TEXT" || col[1].Contains("CHAR", StringComparison.OrdinalIgnoreCase)) columns.Add((table[0], col[0]));
        }
        Assert.True(columns.Count > 50, "the catalog scan should see the text columns of every table");
        var found = new List<string>();
        foreach (var (table, column) in columns)
            foreach (var value in values)
            {
                var cast = db.IsPostgres ? $"\"{column}\"::text" : $"CAST(\"{column}\" AS TEXT)";
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower({cast}) LIKE '%{value.ToLowerInvariant().Replace("'", "''")}%'";
                if (Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0) found.Add($"{table}.{column} holds '{value}'");
            }
        return found;
    }

    private static async Task<List<string[]>> RowsAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!)]);
        return rows;
    }
}
