using Npgsql;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Restores a backup somewhere throw-away — a temporary directory for SQLite, a temporary
/// database on the configured server for a pg_dump archive — and reports whether it holds up;
/// nothing else is touched.
/// </summary>
public static class BackupVerification
{
    public static async Task<(BackupUnpacker.Report? Report, string? Problem)> VerifyAsync(string file, byte[]? key, PostgresServer? postgres, CancellationToken ct)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"gatehouse-verify-{Guid.NewGuid():N}");
        try
        {
            var manifest = await BackupUnpacker.ExtractAsync(file, scratch, key, ct);
            if (manifest.Database == BackupContent.Sqlite) return (await BackupUnpacker.CheckSqliteAsync(scratch, manifest, ct), null);
            if (postgres is null) throw new BackupException("backup.pg_needs_server");
            return (await PostgresRestore.VerifyAsync(scratch, manifest, postgres, ct), null);
        }
        catch (BackupException e)
        {
            return (null, e.Message);
        }
        catch (NpgsqlException e)
        {
            return (null, Infrastructure.Errors.Messages.Get("backup.pg_unreachable", e.Message));
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
