using System.IO.Compression;
using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Opens a backup into a directory and proves the copy is sound before anyone relies on it:
/// the checksum first (corruption is refused before any decryption), then the seal, then
/// SQLite's own integrity check, the audit chain with the backed-up key, and the counts
/// against the manifest. Shared by <c>restore</c>, <c>verify-backup</c> and the self-test.
/// </summary>
public static class BackupUnpacker
{
    /// <summary>What a backup turned out to hold once opened and checked.</summary>
    public sealed record Report(BackupWriter.Manifest Manifest, AuditChainReport Chain, string Integrity)
    {
        /// <summary>The temporary PostgreSQL database a verify restored into (dropped since); null otherwise. Named so an operator can look for it.</summary>
        public string? ScratchDatabase { get; init; }
    }

    /// <summary>Unpacks a SQLite backup into <paramref name="target"/> and checks it there.</summary>
    public static async Task<Report> UnpackAsync(string file, string target, byte[]? key, CancellationToken ct)
    {
        var manifest = await ExtractAsync(file, target, key, ct);
        if (manifest.Database != BackupContent.Sqlite) throw new BackupException("backup.kind_mismatch", manifest.Database, BackupContent.Sqlite);
        return await CheckSqliteAsync(target, manifest, ct);
    }

    /// <summary>
    /// Checksum, seal, unzip and manifest: the backup's files in <paramref name="target"/>, trusted
    /// as far as the checksum goes. The database itself is checked by the caller, which knows where
    /// it can be opened (a file for SQLite, a server for a pg_dump archive).
    /// </summary>
    public static async Task<BackupWriter.Manifest> ExtractAsync(string file, string target, byte[]? key, CancellationToken ct)
    {
        if (!File.Exists(file)) throw new BackupException("backup.missing", file);
        var header = await BackupArchive.ReadHeaderAsync(file, ct) ?? throw new BackupException("backup.not_a_backup");
        if (!await BackupArchive.ChecksumMatchesAsync(file, ct)) throw new BackupException("backup.checksum", header.Checksum);
        Directory.CreateDirectory(target);
        var payload = Path.Combine(target, ".payload.zip");
        try
        {
            await BackupArchive.ExtractPayloadAsync(file, payload, key, ct);
            try
            {
                await ZipFile.ExtractToDirectoryAsync(payload, target, overwriteFiles: false, ct);
            }
            catch (InvalidDataException)
            {
                throw new BackupException("backup.not_a_backup");
            }
        }
        finally
        {
            File.Delete(payload);
        }
        var manifestPath = Path.Combine(target, BackupContent.ManifestFile);
        if (!File.Exists(manifestPath) || !File.Exists(Path.Combine(target, BackupContent.AuditKey))) throw new BackupException("backup.incomplete");
        var manifest = JsonSerializer.Deserialize<BackupWriter.Manifest>(await File.ReadAllTextAsync(manifestPath, ct), GatehouseJson.Options)
            ?? throw new BackupException("backup.incomplete");
        var database = manifest.Database == BackupContent.Postgres ? BackupContent.PostgresDump : BackupContent.Database;
        if (!File.Exists(Path.Combine(target, database))) throw new BackupException("backup.incomplete");
        return manifest;
    }

    /// <summary>The audit signing key a backup carries, which verifies its own chain.</summary>
    public static async Task<byte[]> AuditKeyAsync(string dir, CancellationToken ct) =>
        Convert.FromBase64String((await File.ReadAllTextAsync(Path.Combine(dir, BackupContent.AuditKey), ct)).Trim());

    /// <summary>Counts against the manifest, then the audit chain with the backed-up key, on any restored copy.</summary>
    public static async Task<AuditChainReport> CheckContentAsync(
        GatehouseDb db, (long Members, long AuditEntries, long LastSeq) counts, BackupWriter.Manifest manifest, byte[] auditKey, CancellationToken ct)
    {
        if (counts.Members != manifest.Members || counts.AuditEntries != manifest.AuditEntries || counts.LastSeq != manifest.LastAuditSeq)
            throw new BackupException("backup.manifest_mismatch");
        var chain = await AuditChainCheck.VerifyAsync(db, auditKey, ct);
        return chain.Ok ? chain : throw new BackupException("backup.chain", chain.Problem ?? "");
    }

    public static async Task<Report> CheckSqliteAsync(string dir, BackupWriter.Manifest manifest, CancellationToken ct)
    {
        var database = Path.Combine(dir, BackupContent.Database);
        var integrity = await IntegrityAsync(database, ct);
        if (integrity != "ok") throw new BackupException("backup.integrity", integrity);
        var counts = await BackupContent.CountAsync(database, ct);
        var options = new DbContextOptionsBuilder<SqliteGatehouseDb>()
            .UseSqlite(BackupContent.Open(database, readOnly: true).ConnectionString).Options;
        await using var db = new SqliteGatehouseDb(options);
        return new Report(manifest, await CheckContentAsync(db, counts, manifest, await AuditKeyAsync(dir, ct), ct), integrity);
    }

    private static async Task<string> IntegrityAsync(string database, CancellationToken ct)
    {
        await using var connection = BackupContent.Open(database, readOnly: true);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string?)await command.ExecuteScalarAsync(ct) ?? "no answer";
    }
}
