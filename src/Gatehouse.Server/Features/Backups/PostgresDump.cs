using System.Data;
using Npgsql;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// The PostgreSQL side of a backup: <c>pg_dump --format=custom</c> of the live database, online
/// (one read-only snapshot, writers keep going). The snapshot is exported from a transaction that
/// also counts members and audit entries, and pg_dump is told to use it, so the manifest's counts
/// are exactly what the archive holds — restore and verify check them.
/// </summary>
public static class PostgresDump
{
    /// <summary>The table contents pg_dump announces in verbose mode, one line per table: the progress bar.</summary>
    private const string TableLine = "dumping contents of table";

    public static async Task<(long Members, long AuditEntries, long LastSeq)> DumpAsync(
        string connectionString, string destination, string? binDirectory, Action<double> progress, CancellationToken ct)
    {
        var pgDump = PostgresTools.Locate("pg_dump", await PostgresTools.ServerMajorAsync(connectionString, ct), binDirectory);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var snapshot = (string)(await Scalar(connection, "SET TRANSACTION READ ONLY; SELECT pg_export_snapshot()", ct))!;
        var tables = (long)(await Scalar(connection, """
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            """, ct))!;
        var counts = await CountAsync(connection, ct);

        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var dumped = 0;
        await PostgresTools.RunAsync(pgDump,
            [.. PostgresTools.ConnectionArguments(cs), "--format=custom", $"--snapshot={snapshot}", "--file", destination, "--verbose"],
            cs.Password, line =>
            {
                if (line.Contains(TableLine, StringComparison.Ordinal)) progress(Math.Min(1, ++dumped / (double)Math.Max(1, tables)));
            }, ct);
        // Held until pg_dump has finished: the exported snapshot lives as long as this transaction.
        await tx.RollbackAsync(ct);
        return counts;
    }

    /// <summary>Members, audit entries and the last audit sequence number of a PostgreSQL database.</summary>
    public static async Task<(long Members, long AuditEntries, long LastSeq)> CountAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(BackupContent.CountSql, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }
}
