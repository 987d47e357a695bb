using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Persistence;

public sealed class UnsyncedWriteSqliteTests(SqliteApp app) : UnsyncedWriteTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class UnsyncedWritePostgresTests(PostgresApp app) : UnsyncedWriteTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>
/// A write that may be lost with the machine (a checkpoint, analytics events) commits without waiting for the disk;
/// the connection it used goes back to syncing every commit, whether the write committed or failed.
/// </summary>
public abstract class UnsyncedWriteTests<TApp>(TApp app) where TApp : GatehouseApp
{
    [Fact]
    public async Task Commits_without_waiting_for_the_disk_then_syncs_again()
    {
        var subscriber = Api.Unique("unsynced");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.Database.OpenConnectionAsync();
        Assert.Equal(Synced(db), await SyncLevelAsync(db));

        string? during = null;
        await db.WriteWithoutSyncAsync(async ct =>
        {
            during = await SyncLevelAsync(db);
            db.OutboxCheckpoints.Add(new OutboxCheckpoint { Subscriber = subscriber, Position = 42, UpdatedAt = DateTime.UtcNow });
        }, CancellationToken.None);

        Assert.Equal(db.IsPostgres ? "off" : "1", during); // synchronous_commit=off; synchronous=NORMAL
        Assert.Equal(Synced(db), await SyncLevelAsync(db));
        Assert.Equal(42, await app.Services.GetRequiredService<OutboxStore>().CheckpointAsync(subscriber, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_write_leaves_nothing_and_the_connection_syncing()
    {
        var subscriber = Api.Unique("unsynced");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.Database.OpenConnectionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.WriteWithoutSyncAsync(async ct =>
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO outbox_checkpoints ("Subscriber", "Position", "UpdatedAt") VALUES ({0}, 7, {1})""", [subscriber, DateTime.UtcNow], ct);
            throw new InvalidOperationException("the work failed");
        }, CancellationToken.None));

        Assert.Equal(Synced(db), await SyncLevelAsync(db));
        Assert.Equal(0, await app.Services.GetRequiredService<OutboxStore>().CheckpointAsync(subscriber, CancellationToken.None));
    }

    private static string Synced(GatehouseDb db) => db.IsPostgres ? "on" : "2"; // synchronous_commit=on; synchronous=FULL

    /// <summary>The sync level of the connection the context holds open.</summary>
    private static async Task<string?> SyncLevelAsync(GatehouseDb db)
    {
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = db.IsPostgres ? "SHOW synchronous_commit" : "PRAGMA synchronous";
        return Convert.ToString(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
