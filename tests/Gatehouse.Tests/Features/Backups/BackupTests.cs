using System.Net;
using System.Security.Cryptography;
using Gatehouse.Server.Features.Backups;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Backups;

/// <summary>Backups of the SQLite database: online snapshots, restore, and refusal of anything damaged.</summary>
public sealed class BackupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private string LiveDatabase => Path.Combine(app.DataDirectory, "gatehouse.db");

    [Fact]
    public async Task A_backup_taken_under_concurrent_writes_is_a_consistent_snapshot_with_a_verifying_chain()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("pre"));
        var before = (await BackupKit.RowsAsync(LiveDatabase, "users", "Id")).Count;

        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 3).Select(async _ =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await owner.CreateUserAsync(Api.Unique("w"));
                written++;
            }
            return written;
        }).ToList();
        // Let the writers get going, then snapshot while they write.
        await owner.CreateUserAsync(Api.Unique("mid"));
        var job = await app.BackupNowAsync();
        await stop.CancelAsync();
        var written = (await Task.WhenAll(writers)).Sum();
        Assert.Equal("succeeded", job.State);
        Assert.True(written > 0);

        var target = BackupKit.TempDirectory();
        var (code, output) = await BackupKit.CommandAsync("restore", app.BackupPath(job), target);
        Assert.True(code == 0, output);
        var restored = (await BackupKit.RowsAsync(Path.Combine(target, "gatehouse.db"), "users", "Id")).Count;
        var after = (await BackupKit.RowsAsync(LiveDatabase, "users", "Id")).Count;
        Assert.InRange(restored, before + 1, after);
        Assert.Contains("chain verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_brings_back_the_same_members_audit_chain_and_keys_and_never_overwrites_data_unasked()
    {
        using var owner = await app.OwnerAsync();
        for (var i = 0; i < 5; i++) await owner.CreateUserAsync(Api.Unique("r"));
        var job = await app.BackupNowAsync();
        var users = await BackupKit.RowsAsync(LiveDatabase, "users", "Id");
        var audit = await BackupKit.RowsAsync(LiveDatabase, "audit_entries", "Seq");
        var file = app.BackupPath(job);

        var target = BackupKit.TempDirectory();
        var (code, output) = await BackupKit.CommandAsync("restore", file, target);
        Assert.True(code == 0, output);
        var restoredDb = Path.Combine(target, "gatehouse.db");
        Assert.Equal(users, await BackupKit.RowsAsync(restoredDb, "users", "Id"));
        // The backup's own audit entry is written after the snapshot, so the copy ends just before it.
        Assert.Equal(audit.Take(audit.Count - 1), await BackupKit.RowsAsync(restoredDb, "audit_entries", "Seq"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "audit.key")), await File.ReadAllTextAsync(Path.Combine(target, "audit.key")));
        Assert.Equal(Directory.GetFiles(Path.Combine(app.DataDirectory, "keys")).Select(Path.GetFileName).Order(),
            Directory.GetFiles(Path.Combine(target, "keys")).Select(Path.GetFileName).Order());
        Assert.Contains($"{users.Count} members", output, StringComparison.Ordinal);

        var (refused, refusal) = await BackupKit.CommandAsync("restore", file, target);
        Assert.Equal(1, refused);
        Assert.Contains("--force", refusal, StringComparison.Ordinal);

        var (forced, _) = await BackupKit.CommandAsync("restore", file, target, force: true);
        Assert.Equal(0, forced);
        var aside = Assert.Single(Directory.GetDirectories(target, "pre-restore-*"));
        Assert.True(File.Exists(Path.Combine(aside, "gatehouse.db")));
        Assert.Equal(users, await BackupKit.RowsAsync(restoredDb, "users", "Id"));
    }

    [Fact]
    public async Task A_corrupted_backup_is_refused_by_its_checksum_and_leaves_the_data_directory_untouched()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("c"));
        var job = await app.BackupNowAsync();
        var damaged = Path.Combine(BackupKit.TempDirectory() + ".ghbak");
        Directory.CreateDirectory(Path.GetDirectoryName(damaged)!);
        var bytes = await File.ReadAllBytesAsync(app.BackupPath(job));
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(damaged, bytes);

        var (verify, verdict) = await BackupKit.CommandAsync("verify-backup", damaged, BackupKit.TempDirectory());
        Assert.Equal(2, verify);
        Assert.Contains("checksum", verdict, StringComparison.Ordinal);

        var target = BackupKit.TempDirectory();
        var (code, output) = await BackupKit.CommandAsync("restore", damaged, target);
        Assert.Equal(2, code);
        Assert.Contains("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(target));

        var (sound, _) = await BackupKit.CommandAsync("verify-backup", app.BackupPath(job), BackupKit.TempDirectory());
        Assert.Equal(0, sound);
    }

    [Fact]
    public async Task The_api_runs_a_backup_lists_it_with_its_checksum_and_serves_the_same_bytes()
    {
        using var owner = await app.OwnerAsync();
        var jobId = Guid.Empty;
        var done = await app.NextRunAsync(async () =>
            jobId = (await (await owner.PostAsync("/api/v1/backups", null)).ShouldBeAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());
        Assert.Equal(jobId, done.Id);

        var job = await owner.GetJsonAsync($"/api/v1/backups/jobs/{jobId}");
        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(100, job.GetProperty("percent").GetInt32());
        var name = job.GetProperty("backup").GetProperty("name").GetString()!;

        var list = await owner.GetJsonAsync("/api/v1/backups");
        var listed = list.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("name").GetString() == name);
        var checksum = listed.GetProperty("checksum").GetString();

        var download = await owner.GetAsync($"/api/v1/backups/{name}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(listed.GetProperty("size_bytes").GetInt64(), bytes.Length);
        Assert.Equal(checksum, Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(BackupArchive.HeaderLength))));

        await (await owner.GetAsync("/api/v1/backups/gatehouse-20200101T000000000Z.ghbak")).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await owner.GetAsync("/api/v1/backups/..%2Fgatehouse.db")).ShouldBeAsync(HttpStatusCode.NotFound);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?action=backup.downloaded&target_id={name}");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }
}
