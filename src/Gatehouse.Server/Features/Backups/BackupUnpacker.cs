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
    public sealed record Report(BackupWriter.Manifest Manifest, AuditChainReport Chain, string Integrity);

    public static async Task<Report> UnpackAsync(string file, string target, byte[]? key, CancellationToken ct)
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
        return await CheckAsync(target, ct);
    }

    private static async Task<Report> CheckAsync(string dir, CancellationToken ct)
    {
        var manifestPath = Path.Combine(dir, BackupContent.ManifestFile);
        var database = Path.Combine(dir, BackupContent.Database);
        var keyPath = Path.Combine(dir, BackupContent.AuditKey);
        if (!File.Exists(manifestPath) || !File.Exists(database) || !File.Exists(keyPath)) throw new BackupException("backup.incomplete");
        var manifest = JsonSerializer.Deserialize<BackupWriter.Manifest>(await File.ReadAllTextAsync(manifestPath, ct), GatehouseJson.Options)
            ?? throw new BackupException("backup.incomplete");

        var integrity = await IntegrityAsync(database, ct);
        if (integrity != "ok") throw new BackupException("backup.integrity", integrity);
        var (members, auditEntries, lastSeq) = await BackupContent.CountAsync(database, ct);
        if (members != manifest.Members || auditEntries != manifest.AuditEntries || lastSeq != manifest.LastAuditSeq)
            throw new BackupException("backup.manifest_mismatch");

        var auditKey = Convert.FromBase64String((await File.ReadAllTextAsync(keyPath, ct)).Trim());
        var options = new DbContextOptionsBuilder<SqliteGatehouseDb>()
            .UseSqlite(BackupContent.Open(database, readOnly: true).ConnectionString).Options;
        AuditChainReport chain;
        await using (var db = new SqliteGatehouseDb(options, new WriteGate(), []))
            chain = await AuditChainCheck.VerifyAsync(db, auditKey, ct);
        if (!chain.Ok) throw new BackupException("backup.chain", chain.Problem ?? "");
        return new Report(manifest, chain, integrity);
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
