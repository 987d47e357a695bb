using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Gatehouse.Server.Features.Backups;

/// <summary>A PostgreSQL server to restore into: the configured connection, and where its client programs are.</summary>
public sealed record PostgresServer(string ConnectionString, string? BinDirectory)
{
    /// <summary>"database on host:port", for messages (never the password).</summary>
    public string Describe()
    {
        var cs = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"database {cs.Database} on {cs.Host}:{cs.Port}";
    }
}

/// <summary>
/// Puts a pg_dump archive back with <c>pg_restore --clean --if-exists --single-transaction</c>, so
/// a failed restore leaves the database as it was, then checks the result like a SQLite restore:
/// counts against the manifest and the audit chain with the backed-up key.
/// </summary>
public static class PostgresRestore
{
    public const string Integrity = "pg_restore completed";

    /// <summary>Whether the database holds any table of its own (a restore over it needs --force).</summary>
    public static async Task<bool> HoldsDataAsync(PostgresServer server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema'))", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Restores the archive unpacked in <paramref name="dir"/> into the server's database and checks it.</summary>
    public static async Task<BackupUnpacker.Report> RestoreAsync(string dir, BackupWriter.Manifest manifest, PostgresServer server, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(server.ConnectionString);
        var pgRestore = PostgresTools.Locate("pg_restore", await PostgresTools.ServerMajorAsync(server.ConnectionString, ct), server.BinDirectory);
        // Owners and grants of the source cluster may not exist here; the restoring role owns what it restores.
        await PostgresTools.RunAsync(pgRestore,
            [.. PostgresTools.ConnectionArguments(cs), "--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges",
             Path.Combine(dir, BackupContent.PostgresDump)],
            cs.Password, _ => { }, ct);
        NpgsqlConnection.ClearAllPools();
        return await CheckAsync(dir, manifest, server, ct);
    }

    /// <summary>Restores into a database made for the purpose and dropped afterwards: the self-test and <c>verify-backup</c>.</summary>
    public static async Task<BackupUnpacker.Report> VerifyAsync(string dir, BackupWriter.Manifest manifest, PostgresServer server, CancellationToken ct)
    {
        var name = $"gatehouse_verify_{Guid.NewGuid():N}";
        await AdminAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        try
        {
            var scratch = server with { ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString };
            return await RestoreAsync(dir, manifest, scratch, ct) with { ScratchDatabase = name };
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            // Not WITH (FORCE): after a large restore autovacuum works on the scratch database, and FORCE would
            // try to end that worker, which a role that is not superuser may not signal (42501). This role's
            // own sessions are ended first; a plain DROP DATABASE cancels autovacuum itself.
            await AdminAsync(server, $"SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()", CancellationToken.None);
            await AdminAsync(server, $"DROP DATABASE IF EXISTS \"{name}\"", CancellationToken.None);
        }
    }

    private static async Task<BackupUnpacker.Report> CheckAsync(string dir, BackupWriter.Manifest manifest, PostgresServer server, CancellationToken ct)
    {
        (long, long, long) counts;
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync(ct);
            counts = await PostgresDump.CountAsync(connection, ct);
        }
        var options = new DbContextOptionsBuilder<PostgresGatehouseDb>().UseNpgsql(server.ConnectionString).Options;
        await using var db = new PostgresGatehouseDb(options);
        var chain = await BackupUnpacker.CheckContentAsync(db, counts, manifest, await BackupUnpacker.AuditKeyAsync(dir, ct), ct);
        return new BackupUnpacker.Report(manifest, chain, Integrity);
    }

    private static async Task AdminAsync(PostgresServer server, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
