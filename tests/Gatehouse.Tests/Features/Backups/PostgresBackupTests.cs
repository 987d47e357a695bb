using System.Net;
using System.Text.RegularExpressions;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Gatehouse.Tests.Features.Backups;

/// <summary>
/// Backups of a PostgreSQL database: pg_dump archives taken online, restored with pg_restore into
/// a real database (and verified in a temporary one), and refused when damaged.
/// </summary>
public sealed class PostgresBackupTests(PostgresApp app) : IClassFixture<PostgresApp>, IAsyncLifetime
{
    private readonly List<string> _databases = [];

    [Fact]
    public async Task A_dump_taken_under_concurrent_writes_restores_the_same_data_with_a_verifying_chain()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("pre"));
        var before = (await BackupKit.PostgresRowsAsync(app.ConnectionString, "users", "Id")).Count;

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
        await owner.CreateUserAsync(Api.Unique("mid"));
        var job = await app.BackupNowAsync();
        await stop.CancelAsync();
        var written = (await Task.WhenAll(writers)).Sum();
        Assert.True(job.State == "succeeded", job.Error);
        Assert.Equal("postgres", job.Backup!.Database);
        Assert.True(written > 0);

        var target = await NewDatabaseAsync();
        var (code, output) = await BackupKit.CommandAsync("restore", app.BackupPath(job), BackupKit.TempDirectory(), postgres: target);
        Assert.True(code == 0, output);
        Assert.Contains("chain verified", output, StringComparison.Ordinal);
        var restored = (await BackupKit.PostgresRowsAsync(target, "users", "Id")).Count;
        var after = (await BackupKit.PostgresRowsAsync(app.ConnectionString, "users", "Id")).Count;
        Assert.InRange(restored, before + 1, after);

        // Quiet now: a second dump restored over the first (with --force) holds exactly the live rows.
        var quiet = await app.BackupNowAsync();
        var users = await BackupKit.PostgresRowsAsync(app.ConnectionString, "users", "Id");
        var audit = await BackupKit.PostgresRowsAsync(app.ConnectionString, "audit_entries", "Seq");
        var keysDir = BackupKit.TempDirectory();
        var (refused, refusal) = await BackupKit.CommandAsync("restore", app.BackupPath(quiet), keysDir, postgres: target);
        Assert.Equal(1, refused);
        Assert.Contains("--force", refusal, StringComparison.Ordinal);
        Assert.Equal(restored, (await BackupKit.PostgresRowsAsync(target, "users", "Id")).Count);

        var (forced, forcedOutput) = await BackupKit.CommandAsync("restore", app.BackupPath(quiet), keysDir, force: true, postgres: target);
        Assert.True(forced == 0, forcedOutput);
        Assert.Equal(users, await BackupKit.PostgresRowsAsync(target, "users", "Id"));
        // The backup's own audit entry is written after the dump, so the copy ends just before it.
        Assert.Equal(audit.Take(audit.Count - 1), await BackupKit.PostgresRowsAsync(target, "audit_entries", "Seq"));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(app.DataDirectory, "audit.key")), await File.ReadAllTextAsync(Path.Combine(keysDir, "audit.key")));
    }

    [Fact]
    public async Task A_corrupted_archive_is_refused_by_its_checksum_and_a_sound_one_verifies_in_a_temporary_database()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("c"));
        var job = await app.BackupNowAsync();
        var damaged = BackupKit.TempDirectory() + ".ghbak";
        Directory.CreateDirectory(Path.GetDirectoryName(damaged)!);
        var bytes = await File.ReadAllBytesAsync(app.BackupPath(job));
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(damaged, bytes);

        var (verify, verdict) = await BackupKit.CommandAsync("verify-backup", damaged, BackupKit.TempDirectory(), postgres: app.ConnectionString);
        Assert.Equal(2, verify);
        Assert.Contains("checksum", verdict, StringComparison.Ordinal);

        var target = await NewDatabaseAsync();
        var (code, output) = await BackupKit.CommandAsync("restore", damaged, BackupKit.TempDirectory(), postgres: target);
        Assert.Equal(2, code);
        Assert.Contains("Nothing was changed", output, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));

        var (sound, soundOutput) = await BackupKit.CommandAsync("verify-backup", app.BackupPath(job), BackupKit.TempDirectory(), postgres: app.ConnectionString);
        Assert.True(sound == 0, soundOutput);
        Assert.Contains("chain verified", soundOutput, StringComparison.Ordinal);
        // The temporary database the output names is gone again (other tests' verifies may run at the same time).
        var scratch = Regex.Match(soundOutput, "temporary database (gatehouse_verify_[0-9a-f]{32})").Groups[1].Value;
        Assert.NotEmpty(scratch);
        Assert.Equal(0L, await ScalarAsync(app.ConnectionString, $"SELECT count(*) FROM pg_database WHERE datname = '{scratch}'"));
    }

    [Fact]
    public async Task The_api_takes_a_dump_lists_it_as_postgres_and_the_self_test_marks_it_verified()
    {
        using var owner = await app.OwnerAsync();
        var jobId = Guid.Empty;
        var done = await app.NextRunAsync(async () =>
            jobId = (await (await owner.PostAsync("/api/v1/backups", null)).ShouldBeAsync(HttpStatusCode.Accepted)).GetProperty("id").GetGuid());
        Assert.True(done.State == "succeeded", done.Error);

        var scheduler = app.Services.GetRequiredService<Gatehouse.Server.Features.Backups.BackupScheduler>();
        await scheduler.SelfTestAsync(CancellationToken.None);

        var list = await owner.GetJsonAsync("/api/v1/backups");
        Assert.Equal("postgres", list.GetProperty("database").GetString());
        var listed = list.GetProperty("items").EnumerateArray().Single(b => b.GetProperty("name").GetString() == done.Backup!.Name);
        Assert.Equal("postgres", listed.GetProperty("database").GetString());
        Assert.True(listed.GetProperty("verification").GetProperty("ok").GetBoolean(), listed.GetProperty("verification").GetProperty("detail").GetString());
    }

    private async Task<string> NewDatabaseAsync()
    {
        var name = "gh_restore_" + Guid.NewGuid().ToString("N")[..16];
        _databases.Add(name);
        await using var conn = new NpgsqlConnection(PostgresApp.AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = name }.ConnectionString;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _databases) await TestDatabases.DropAsync(name);
    }
}
