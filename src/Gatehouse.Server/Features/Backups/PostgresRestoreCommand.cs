using Npgsql;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// <c>restore &lt;file&gt; [--force]</c> on a PostgreSQL configuration: the archive goes into the
/// configured database (refused when it already holds tables, unless --force), in one transaction,
/// then the counts and the audit chain are checked; the audit key and data-protection keys go into
/// the data directory, anything already there moved aside.
/// </summary>
public static class PostgresRestoreCommand
{
    private static readonly string[] KeyItems = [BackupContent.AuditKey, BackupContent.KeyRing];

    public static async Task<int> RunAsync(string file, PostgresServer server, string dataDir, bool force, byte[]? key, TextWriter output, CancellationToken ct)
    {
        var target = server.Describe();
        try
        {
            if (await PostgresRestore.HoldsDataAsync(server, ct) && !force)
            {
                await output.WriteLineAsync($"Refusing to restore: {target} already holds data. Stop every Gatehouse node and run again with --force; " +
                                            "the objects in the backup are then dropped and recreated in one transaction (pg_restore --clean --if-exists).");
                return 1;
            }
        }
        catch (NpgsqlException e)
        {
            await output.WriteLineAsync($"Cannot reach {target}: {e.Message} Check ConnectionStrings:Postgres. Nothing was changed.");
            return 1;
        }

        var staging = Path.Combine(Path.GetTempPath(), $"gatehouse-restore-{Guid.NewGuid():N}");
        try
        {
            BackupWriter.Manifest manifest;
            try
            {
                manifest = await BackupUnpacker.ExtractAsync(file, staging, key, ct);
                if (manifest.Database != BackupContent.Postgres) throw new BackupException("backup.kind_mismatch", manifest.Database, BackupContent.Postgres);
            }
            catch (BackupException e)
            {
                await output.WriteLineAsync($"Refusing to restore {file}: {e.Message} Nothing was changed.");
                return 2;
            }

            BackupUnpacker.Report report;
            try
            {
                report = await PostgresRestore.RestoreAsync(staging, manifest, server, ct);
            }
            catch (BackupException e) when (e.MessageKey == "backup.pg_tool_failed" || e.MessageKey == "backup.pg_tool_missing")
            {
                // --single-transaction: pg_restore failing rolls everything back.
                await output.WriteLineAsync($"Restoring {file} failed: {e.Message} The transaction was rolled back; nothing was changed.");
                return 2;
            }
            catch (BackupException e)
            {
                await output.WriteLineAsync($"Restored {file} into {target}, but the result does not check out: {e.Message} Do not start the server on it; restore another backup.");
                return 2;
            }

            Directory.CreateDirectory(dataDir);
            var existing = KeyItems.Select(i => Path.Combine(dataDir, i)).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
            var asideDir = BackupCommands.MoveIntoPlace(staging, dataDir, KeyItems, existing);
            await output.WriteLineAsync($"Restored {file} into {target}: {BackupCommands.Describe(report)}");
            await output.WriteLineAsync($"The audit key and data-protection keys are in {dataDir}; a node configured with Gatehouse:Audit:Key needs the value of {Path.Combine(dataDir, BackupContent.AuditKey)}.");
            if (asideDir is not null) await output.WriteLineAsync($"The previous keys were moved to {asideDir}.");
            return 0;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
