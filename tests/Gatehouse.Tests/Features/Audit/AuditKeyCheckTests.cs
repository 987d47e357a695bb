using System.Security.Cryptography;
using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Cluster;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Features.Audit;

/// <summary>The start-up check that the audit key is the one the database was written with.</summary>
public abstract class AuditKeyCheckTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Another_key_is_refused_with_what_to_do_and_the_right_one_passes_even_with_a_damaged_row()
    {
        using var owner = await app.OwnerAsync();
        await owner.CreateUserAsync(Api.Unique("keyed-a"));
        await owner.CreateUserAsync(Api.Unique("keyed-b"));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();

        var right = scope.ServiceProvider.GetRequiredService<AuditKey>();
        await Check(right).EnsureMatchesAsync(db, default);

        var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => Check(new AuditKey(RandomNumberGenerator.GetBytes(32))).EnsureMatchesAsync(db, default));
        Assert.Contains("not the one this database was written with", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Gatehouse:Audit:Key", refused.Message, StringComparison.Ordinal);
        Assert.Contains("backup", refused.Message, StringComparison.Ordinal);

        // One altered row is damage, not a wrong key: the right key still starts.
        var newest = await db.Set<AuditSubjectKey>().Where(k => k.WrappedKey != null).OrderByDescending(k => k.CreatedAt).FirstAsync();
        newest.WrappedKey![^1] ^= 0xFF;
        await db.SaveChangesAsync();
        await Check(right).EnsureMatchesAsync(db, default);
    }

    private static AuditKeyCheck Check(AuditKey key) => new(key, new PayloadCipher(key), NullLogger<AuditKeyCheck>.Instance);
}

public sealed class AuditKeyCheckTests_Sqlite(SqliteApp app) : AuditKeyCheckTests<SqliteApp>(app);

public sealed class AuditKeyCheckTests_Postgres(PostgresApp app) : AuditKeyCheckTests<PostgresApp>(app);

/// <summary>The real server, started on a data directory that lost its <c>audit.key</c>.</summary>
public sealed class AuditKeyStartTests
{
    [Fact]
    public async Task A_lost_audit_key_stops_the_start_with_what_to_do_and_the_key_put_back_starts_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "gatehouse-key-loss", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["Gatehouse__DataDirectory"] = data,
            ["Gatehouse__Owner__Email"] = GatehouseApp.OwnerEmail,
            ["Gatehouse__Owner__Password"] = GatehouseApp.OwnerPassword,
            ["Gatehouse__Security__Argon2MemoryKb"] = "1024",
            ["Gatehouse__Security__Argon2Iterations"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };
        var port = RedisServerProcess.FreePort();
        try
        {
            await using (var server = await GatehouseNodeProcess.StartAsync("key-loss", port, settings))
                await ClusterFixture.TokenAsync(server.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
            var keyFile = Path.Combine(data, "audit.key");
            var original = await File.ReadAllTextAsync(keyFile);
            File.Delete(keyFile);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => GatehouseNodeProcess.StartAsync("key-loss-again", port, settings));
            Assert.Contains("exited (1)", refused.Message, StringComparison.Ordinal);
            Assert.Contains($"There was no audit key at {keyFile}", refused.Message, StringComparison.Ordinal);
            Assert.Contains("copy audit.key from the backup", refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", refused.Message, StringComparison.Ordinal);

            await File.WriteAllTextAsync(keyFile, original);
            await using var again = await GatehouseNodeProcess.StartAsync("key-restored", port, settings);
            Assert.NotEmpty(await ClusterFixture.TokenAsync(again.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
