namespace Gatehouse.Server.Features.Backups;

/// <summary>Restores a backup into a throw-away directory and reports whether it holds up; nothing else is touched.</summary>
public static class BackupVerification
{
    public static async Task<(BackupUnpacker.Report? Report, string? Problem)> VerifyAsync(string file, byte[]? key, CancellationToken ct)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"gatehouse-verify-{Guid.NewGuid():N}");
        try
        {
            return (await BackupUnpacker.UnpackAsync(file, scratch, key, ct), null);
        }
        catch (BackupException e)
        {
            return (null, e.Message);
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
    }
}
