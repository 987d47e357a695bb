using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Features.Cluster;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace Gatehouse.Tests.Features.Imports;

/// <summary>
/// A 100,000-row commit cut by <c>kill -9</c> half way, on the real server process: after the restart
/// no member of that import exists, the import can still be committed, and the audit chain verifies.
/// The kill comes when the live topic says a first batch is written inside the open transaction.
/// </summary>
public abstract class ImportCrashTests
{
    private const int Rows = 100_000;

    /// <summary>The server's storage settings for this provider (the same on both starts).</summary>
    protected abstract Task<Dictionary<string, string>> StorageAsync();

    [Fact]
    public async Task A_commit_killed_half_way_leaves_no_member_of_the_import_and_the_chain_verifies()
    {
        var settings = Settings(await StorageAsync());
        var port = RedisServerProcess.FreePort();
        var prefix = Api.Unique("crash");
        Guid importId;
        await using (var server = await GatehouseNodeProcess.StartAsync("import-crash", port, settings))
        {
            var token = await ClusterFixture.TokenAsync(server.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
            using var owner = ClusterFixture.Client(server.BaseAddress, token);
            owner.Timeout = TimeSpan.FromMinutes(10);
            var import = await owner.UploadOkAsync(ImportKit.Csv(prefix, Rows));
            importId = ImportKit.Id(import);
            Assert.Equal(Rows, import.Count("create"));

            await using var live = ClusterFixture.Hub(server.BaseAddress, "/hubs/live", token);
            var written = Channel.CreateUnbounded<int>();
            live.On<JsonElement>("events", batch =>
            {
                if (batch.GetProperty("topic").GetString() != "imports") return;
                foreach (var e in batch.GetProperty("events").EnumerateArray())
                    if (e.GetProperty("running").GetBoolean()) written.Writer.TryWrite(e.GetProperty("written").GetInt32());
            });
            try
            {
                await live.StartAsync();
            }
            catch (HttpRequestException e)
            {
                // The server's own account of the refusal (its authentication log) beside the status.
                throw new InvalidOperationException($"The live hub refused the owner's token: {e.Message}\n{server.Log}", e);
            }
            await live.InvokeAsync<JsonElement>("subscribe", "imports", new { import_id = importId });

            var commit = owner.CommitAsync(import);
            using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            while (await written.Reader.ReadAsync(wait.Token) == 0) { }
            server.Kill();
            // The server answers only once the transaction has committed: no answer, so the kill was mid-transaction.
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => commit);
        }

        await using (var again = await GatehouseNodeProcess.StartAsync("import-crash-again", port, settings))
        {
            using var owner = ClusterFixture.Client(again.BaseAddress,
                await ClusterFixture.TokenAsync(again.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
            Assert.Equal(0, await owner.CountMembersAsync(prefix));
            var stored = await owner.GetJsonAsync($"/api/v1/users/import/{importId}");
            Assert.Equal("previewed", stored.GetProperty("status").GetString());
            Assert.True((await owner.GetJsonAsync("/api/v1/audit/verify")).GetProperty("ok").GetBoolean());
            var entries = await owner.GetJsonAsync($"/api/v1/audit?action=users.imported&target_id={importId}");
            Assert.Equal(0, entries.GetProperty("items").GetArrayLength());
        }
        try { Directory.Delete(settings["Gatehouse__DataDirectory"], recursive: true); } catch (IOException) { }
    }

    private static Dictionary<string, string> Settings(Dictionary<string, string> storage)
    {
        var settings = new Dictionary<string, string>
        {
            ["Gatehouse__DataDirectory"] = Path.Combine(Path.GetTempPath(), "gatehouse-crash", Guid.NewGuid().ToString("N")),
            ["Gatehouse__Owner__Email"] = GatehouseApp.OwnerEmail,
            ["Gatehouse__Owner__Password"] = GatehouseApp.OwnerPassword,
            ["Gatehouse__Security__Argon2MemoryKb"] = "1024",
            ["Gatehouse__Security__Argon2Iterations"] = "1",
            ["Gatehouse__Security__LoginAttemptsPerIpPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            // Why a token is refused, should one be: the test prints this log when the hub says 401.
            ["Logging__LogLevel__Microsoft.AspNetCore.Authentication"] = "Information",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        foreach (var (k, v) in storage) settings[k] = v;
        return settings;
    }
}

public sealed class ImportCrashTests_Sqlite : ImportCrashTests
{
    protected override Task<Dictionary<string, string>> StorageAsync() => Task.FromResult(new Dictionary<string, string>());
}

public sealed class ImportCrashTests_Postgres : ImportCrashTests, IAsyncLifetime
{
    private readonly string _database = "gh_crash_" + Guid.NewGuid().ToString("N")[..16];

    protected override async Task<Dictionary<string, string>> StorageAsync()
    {
        await using var conn = new NpgsqlConnection(PostgresApp.AdminConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return new()
        {
            ["Gatehouse__Database__Provider"] = "Postgres",
            ["ConnectionStrings__Postgres"] = new NpgsqlConnectionStringBuilder(PostgresApp.AdminConnectionString) { Database = _database }.ConnectionString,
        };
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestDatabases.DropAsync(_database);
}
