namespace Gatehouse.Server.Features.Backups;

/// <summary>Everything under <c>Gatehouse:Backups</c>.</summary>
public sealed class BackupsOptions
{
    public const string Section = "Gatehouse:Backups";

    /// <summary>Whether the scheduler takes backups on its own (the API and commands work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scheduled backups: the recovery point objective.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Time between self-tests that restore the newest backup into a temporary directory and check it.</summary>
    public TimeSpan VerifyInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where backups are written; <c>backups/</c> under the data directory when unset.</summary>
    public string? Directory { get; set; }

    /// <summary>Base64 of 32 bytes: when set, backups are sealed with AES-256-GCM and need this key to be read.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>The newest backups kept whatever their age (24 = six hours at the default interval).</summary>
    public int KeepRecent { get; set; } = 24;

    /// <summary>Days for which the newest backup of the day is kept.</summary>
    public int KeepDaily { get; set; } = 14;

    /// <summary>Weeks for which the newest backup of the week is kept.</summary>
    public int KeepWeekly { get; set; } = 8;

    /// <summary>
    /// Where <c>pg_dump</c> and <c>pg_restore</c> live, when not in Debian's
    /// <c>/usr/lib/postgresql/&lt;server major&gt;/bin</c> or on PATH.
    /// </summary>
    public string? PostgresBinDirectory { get; set; }

    public byte[]? EncryptionKeyBytes()
    {
        if (string.IsNullOrWhiteSpace(EncryptionKey)) return null;
        byte[] key;
        try { key = Convert.FromBase64String(EncryptionKey.Trim()); }
        catch (FormatException) { throw new InvalidOperationException($"{Section}:EncryptionKey is not base64."); }
        return key.Length == 32 ? key : throw new InvalidOperationException($"{Section}:EncryptionKey must be 32 bytes (base64 of 32 random bytes).");
    }

    public string DirectoryUnder(string dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Directory) ? Path.Combine(dataDirectory, "backups") : Directory);
}
