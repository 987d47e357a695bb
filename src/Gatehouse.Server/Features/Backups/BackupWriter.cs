using System.IO.Compression;
using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Takes one backup: an online snapshot of the database — SQLite with <c>VACUUM INTO</c> (a
/// consistent read transaction, so writers keep going and nothing half-written is copied),
/// PostgreSQL with <c>pg_dump --format=custom</c> from one snapshot (<see cref="PostgresDump"/>) —,
/// the audit signing key and the data-protection key ring, zipped, checksummed, optionally
/// sealed, and renamed into place only once complete.
/// </summary>
public sealed class BackupWriter(
    GatehouseDb db, BackupCatalog catalog, IAuditSigningKey auditKey, IOptions<GatehouseOptions> gatehouse,
    IOptions<BackupsOptions> options, IConfiguration configuration)
{
    /// <summary>What a backup holds, written into it as <c>manifest.json</c> and printed by restore.</summary>
    public sealed record Manifest(int Format, DateTime TakenAt, string Database, long Members, long AuditEntries, long LastAuditSeq, int KeyFiles);

    public async Task<BackupCatalog.Entry> WriteAsync(DateTime takenAt, Action<string, double> progress, CancellationToken ct)
    {
        var key = options.Value.EncryptionKeyBytes();
        Directory.CreateDirectory(catalog.Directory);
        while (File.Exists(Path.Combine(catalog.Directory, BackupCatalog.NameFor(takenAt)))) takenAt = takenAt.AddMilliseconds(1);
        var name = BackupCatalog.NameFor(takenAt);
        var staging = Path.Combine(catalog.Directory, $".staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            progress("snapshot", 0);
            var (members, auditEntries, lastSeq) = await SnapshotAsync(staging, f => progress("snapshot", f), ct);
            progress("snapshot", 1);

            await File.WriteAllTextAsync(Path.Combine(staging, BackupContent.AuditKey), Convert.ToBase64String(auditKey.Value), ct);
            var keyFiles = CopyKeyRing(Path.Combine(staging, BackupContent.KeyRing));
            var manifest = new Manifest(1, takenAt, db.IsPostgres ? BackupContent.Postgres : BackupContent.Sqlite, members, auditEntries, lastSeq, keyFiles);
            await File.WriteAllTextAsync(Path.Combine(staging, BackupContent.ManifestFile), JsonSerializer.Serialize(manifest, GatehouseJson.Options), ct);

            progress("pack", 0);
            var payload = Path.Combine(catalog.Directory, $".{name}.zip.tmp");
            await ZipAsync(staging, payload, ct);
            progress("pack", 1);

            var temp = Path.Combine(catalog.Directory, $".{name}.tmp");
            try
            {
                await BackupArchive.WriteAsync(payload, temp, key, db.IsPostgres, f => progress("seal", f), ct);
                File.Move(temp, Path.Combine(catalog.Directory, name));
            }
            finally
            {
                File.Delete(payload);
                File.Delete(temp);
            }
            progress("done", 1);
            return (await catalog.ListAsync(ct)).Single(e => e.Name == name);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private async Task<(long Members, long AuditEntries, long LastSeq)> SnapshotAsync(string staging, Action<double> progress, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            var connectionString = configuration.GetConnectionString("Postgres") ?? throw new InvalidOperationException("ConnectionStrings:Postgres is not set.");
            return await PostgresDump.DumpAsync(connectionString, Path.Combine(staging, BackupContent.PostgresDump), options.Value.PostgresBinDirectory, progress, ct);
        }
        var destination = Path.Combine(staging, BackupContent.Database);
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        await using var connection = new SqliteConnection(source.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", destination);
        await command.ExecuteNonQueryAsync(ct);
        return await BackupContent.CountAsync(destination, ct);
    }

    /// <summary>The key ring is a handful of small XML files, each written whole by ASP.NET Core, so a copy of each is consistent.</summary>
    private int CopyKeyRing(string destination)
    {
        var source = Path.Combine(Path.GetFullPath(gatehouse.Value.DataDirectory), BackupContent.KeyRing);
        Directory.CreateDirectory(destination);
        if (!Directory.Exists(source)) return 0;
        var files = Directory.GetFiles(source, "*.xml");
        foreach (var file in files) File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        return files.Length;
    }

    private static async Task ZipAsync(string staging, string payload, CancellationToken ct)
    {
        await using var output = new FileStream(payload, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using var zip = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories))
        {
            var entryName = Path.GetRelativePath(staging, file).Replace('\\', '/');
            var entry = zip.CreateEntry(entryName, CompressionLevel.Fastest);
            await using var target = await entry.OpenAsync(ct);
            await using var input = File.OpenRead(file);
            await input.CopyToAsync(target, ct);
        }
    }
}
