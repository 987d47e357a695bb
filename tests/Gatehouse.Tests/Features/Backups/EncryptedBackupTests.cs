using System.Security.Cryptography;
using System.Text;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Backups;

public sealed class EncryptedBackupApp : SqliteApp
{
    public static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Gatehouse:Backups:EncryptionKey"] = Key,
    };
}

/// <summary>With a key configured, a backup is sealed: nothing in it is readable, and nothing opens it without that key.</summary>
public sealed class EncryptedBackupTests(EncryptedBackupApp app) : IClassFixture<EncryptedBackupApp>
{
    [Fact]
    public async Task An_encrypted_backup_reveals_nothing_and_opens_only_with_its_key()
    {
        using var owner = await app.OwnerAsync();
        var username = Api.Unique("secretive");
        await owner.CreateUserAsync(username);
        var job = await app.BackupNowAsync();
        Assert.True(job.Backup!.Encrypted);
        var file = app.BackupPath(job);

        var bytes = await File.ReadAllBytesAsync(file);
        var body = bytes.AsSpan(Gatehouse.Server.Features.Backups.BackupArchive.HeaderLength);
        Assert.Equal(-1, body.IndexOf("PK\u0003\u0004"u8));
        Assert.Equal(-1, body.IndexOf("SQLite format 3"u8));
        Assert.Equal(-1, body.IndexOf(Encoding.UTF8.GetBytes(username)));

        var (noKey, noKeyOutput) = await BackupKit.CommandAsync("verify-backup", file, BackupKit.TempDirectory());
        Assert.Equal(2, noKey);
        Assert.Contains("encrypted", noKeyOutput, StringComparison.Ordinal);

        var wrongKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var target = BackupKit.TempDirectory();
        var (wrong, wrongOutput) = await BackupKit.CommandAsync("restore", file, target, key: wrongKey);
        Assert.Equal(2, wrong);
        Assert.Contains("cannot be decrypted", wrongOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(target, "gatehouse.db")));

        var (right, rightOutput) = await BackupKit.CommandAsync("restore", file, target, key: EncryptedBackupApp.Key);
        Assert.True(right == 0, rightOutput);
        Assert.Contains(await BackupKit.RowsAsync(Path.Combine(target, "gatehouse.db"), "users", "Id"),
            row => row.Contains(username, StringComparison.Ordinal));
    }
}
