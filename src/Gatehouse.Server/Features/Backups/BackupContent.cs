using Microsoft.Data.Sqlite;

namespace Gatehouse.Server.Features.Backups;

/// <summary>The names inside a backup, and the counts restore and verify report.</summary>
public static class BackupContent
{
    public const string Database = "gatehouse.db";
    public const string PostgresDump = "gatehouse.pgdump";
    public const string AuditKey = "audit.key";
    public const string KeyRing = "keys";
    public const string ManifestFile = "manifest.json";

    /// <summary>The kinds of database a backup holds, as its manifest and the catalogue name them.</summary>
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The files and folder a restore puts in the data directory (and refuses to overwrite without --force).</summary>
    public static readonly string[] DataItems = [Database, Database + "-wal", Database + "-shm", AuditKey, KeyRing];

    /// <summary>The counts a manifest records, in SQL both databases understand.</summary>
    public const string CountSql = "SELECT (SELECT COUNT(*) FROM users), (SELECT COUNT(*) FROM audit_entries), (SELECT COALESCE(MAX(\"Seq\"), 0) FROM audit_entries)";

    public static async Task<(long Members, long AuditEntries, long LastSeq)> CountAsync(string databasePath, CancellationToken ct)
    {
        await using var connection = Open(databasePath, readOnly: true);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = CountSql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public static SqliteConnection Open(string databasePath, bool readOnly) =>
        new(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Pooling = false,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWrite,
        }.ConnectionString);
}
