using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// <c>restore &lt;file&gt; [--force]</c> and <c>verify-backup &lt;file&gt;</c>: server commands run
/// instead of the server, with the server's own configuration (data directory, backup key).
/// Restore unpacks and checks the backup beside the data directory first, so a bad backup
/// leaves the current data untouched, and it moves existing data aside rather than deleting it.
/// On a PostgreSQL configuration the same commands go through <see cref="PostgresRestoreCommand"/>.
/// </summary>
public static class BackupCommands
{
    public sealed record Command(string Name, string File, bool Force, string[] ConfigurationArgs);

    public static Command? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("restore" or "verify-backup")) return null;
        var rest = args.Skip(1).ToList();
        var force = rest.Remove("--force");
        var file = rest.FirstOrDefault(a => !a.StartsWith('-'));
        if (file is not null) rest.Remove(file);
        return new Command(args[0], file ?? "", force, [.. rest]);
    }

    /// <summary>Runs the command and returns the process exit code (0 done, 1 refused, 2 the backup is bad).</summary>
    public static async Task<int> RunAsync(Command command, IConfiguration configuration, TextWriter output, CancellationToken ct)
    {
        if (command.File.Length == 0)
        {
            await output.WriteLineAsync($"usage: {command.Name} <backup file>{(command.Name == "restore" ? " [--force]" : "")}");
            return 1;
        }
        var gatehouse = configuration.GetSection(GatehouseOptions.Section).Get<GatehouseOptions>() ?? new GatehouseOptions();
        var backups = configuration.GetSection(BackupsOptions.Section).Get<BackupsOptions>() ?? new BackupsOptions();
        var key = backups.EncryptionKeyBytes();
        var file = Path.GetFullPath(command.File);
        var postgres = PersistenceModule.IsPostgres(gatehouse)
            ? new PostgresServer(configuration.GetConnectionString("Postgres") ?? "", backups.PostgresBinDirectory)
            : null;
        if (command.Name == "verify-backup")
        {
            var (report, problem) = await BackupVerification.VerifyAsync(file, key, postgres, ct);
            await output.WriteLineAsync(report is null ? $"Backup {file} is NOT usable: {problem}" : $"Backup {file} is sound: {Describe(report)}");
            return report is null ? 2 : 0;
        }
        if (postgres is not null)
            return await PostgresRestoreCommand.RunAsync(file, postgres, Path.GetFullPath(gatehouse.DataDirectory), command.Force, key, output, ct);
        return await RestoreAsync(file, Path.GetFullPath(gatehouse.DataDirectory), command.Force, key, output, ct);
    }

    private static async Task<int> RestoreAsync(string file, string dataDir, bool force, byte[]? key, TextWriter output, CancellationToken ct)
    {
        var existing = BackupContent.DataItems.Select(i => Path.Combine(dataDir, i)).Where(p => File.Exists(p) || Directory.Exists(p)).ToList();
        if (existing.Count > 0 && !force)
        {
            await output.WriteLineAsync($"Refusing to restore: {dataDir} already holds data ({string.Join(", ", existing.Select(Path.GetFileName))}). " +
                                        "Stop the server and run again with --force; the current data will be moved aside, not deleted.");
            return 1;
        }
        Directory.CreateDirectory(dataDir);
        var staging = Path.Combine(dataDir, $".restore-{Guid.NewGuid():N}");
        try
        {
            BackupUnpacker.Report report;
            try
            {
                report = await BackupUnpacker.UnpackAsync(file, staging, key, ct);
            }
            catch (BackupException e)
            {
                await output.WriteLineAsync($"Refusing to restore {file}: {e.Message} Nothing was changed.");
                return 2;
            }
            var asideDir = MoveIntoPlace(staging, dataDir, [BackupContent.Database, BackupContent.AuditKey, BackupContent.KeyRing], existing);
            await output.WriteLineAsync($"Restored {file} into {dataDir}: {Describe(report)}");
            if (asideDir is not null) await output.WriteLineAsync($"The previous data was moved to {asideDir}.");
            return 0;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Moves <paramref name="existing"/> into a <c>pre-restore-*</c> folder, then the restored items into place; returns that folder.</summary>
    internal static string? MoveIntoPlace(string staging, string dataDir, string[] items, IReadOnlyList<string> existing)
    {
        string? asideDir = null;
        if (existing.Count > 0)
        {
            asideDir = Path.Combine(dataDir, $"pre-restore-{DateTime.UtcNow:yyyyMMdd'T'HHmmss'Z'}");
            Directory.CreateDirectory(asideDir);
            foreach (var path in existing) Move(path, Path.Combine(asideDir, Path.GetFileName(path)));
        }
        foreach (var item in items) Move(Path.Combine(staging, item), Path.Combine(dataDir, item));
        return asideDir;
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    internal static string Describe(BackupUnpacker.Report r) =>
        $"taken {r.Manifest.TakenAt:u}, {r.Manifest.Members} members, {r.Manifest.AuditEntries} audit entries " +
        $"(chain verified to seq {r.Chain.LastSeq}), audit key, {r.Manifest.KeyFiles} data-protection key file(s); integrity {r.Integrity}." +
        (r.ScratchDatabase is { } scratch ? $" Checked in the temporary database {scratch}, dropped since." : "");
}
