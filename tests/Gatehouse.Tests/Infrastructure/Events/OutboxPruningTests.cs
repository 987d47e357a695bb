using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>The dispatcher's own prune timer stays out of the way: the test prunes when it means to.</summary>
public sealed class PruningOutboxSqliteApp : LiveSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>(base.ExtraSettings) { ["Gatehouse:Events:PruneInterval"] = "40.00:00:00" };
}

public sealed class PruningOutboxPostgresApp : LivePostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?>(base.ExtraSettings) { ["Gatehouse:Events:PruneInterval"] = "40.00:00:00" };
}

/// <summary>
/// Events leave the outbox only when every subscriber has handled them and they are older than
/// the retention; the clock is fake, the subscribers' checkpoints are set by the test.
/// </summary>
public abstract class OutboxPruningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    [Fact]
    public async Task Handled_events_past_the_retention_are_pruned_and_unhandled_or_recent_ones_stay()
    {
        var store = app.Services.GetRequiredService<OutboxStore>();
        using var owner = await app.OwnerAsync();
        var first = await SequenceOfAsync(await owner.CreateUserAsync(Api.Unique("prune")));
        var second = await SequenceOfAsync(await owner.CreateUserAsync(Api.Unique("prune")));
        var third = await SequenceOfAsync(await owner.CreateUserAsync(Api.Unique("prune")));

        // "a" handled up to the second event, "b" up to the third; "c" has handled nothing yet.
        await store.SaveCheckpointAsync("prune.a", second, CancellationToken.None);
        await store.SaveCheckpointAsync("prune.b", third, CancellationToken.None);

        // Still within the retention: nothing goes, however far the subscribers are.
        Assert.Equal(0, await store.PruneAsync(["prune.a", "prune.b"], Retention, CancellationToken.None));

        app.Clock.Advance(Retention + TimeSpan.FromMinutes(1));
        using var later = await app.OwnerAsync();
        var fourth = await SequenceOfAsync(await later.CreateUserAsync(Api.Unique("prune")));

        // A subscriber without a checkpoint holds everything back.
        Assert.Equal(0, await store.PruneAsync(["prune.a", "prune.b", "prune.c"], Retention, CancellationToken.None));
        Assert.Equal([first, second, third, fourth], await PresentAsync(first, second, third, fourth));

        // Old and handled by both: the first two go; the third is not handled by "a" yet.
        Assert.True(await store.PruneAsync(["prune.a", "prune.b"], Retention, CancellationToken.None) >= 2);
        Assert.Equal([third, fourth], await PresentAsync(first, second, third, fourth));

        // Everyone caught up: the third goes, the fourth is within the retention and stays.
        await store.SaveCheckpointAsync("prune.a", fourth, CancellationToken.None);
        await store.SaveCheckpointAsync("prune.b", fourth, CancellationToken.None);
        Assert.True(await store.PruneAsync(["prune.a", "prune.b"], Retention, CancellationToken.None) >= 1);
        Assert.Equal([fourth], await PresentAsync(first, second, third, fourth));
    }

    [Fact]
    public async Task Checkpoints_saved_together_insert_new_subscribers_and_move_known_ones()
    {
        var store = app.Services.GetRequiredService<OutboxStore>();
        await store.SaveCheckpointsAsync(new Dictionary<string, long> { ["upsert.a"] = 3, ["upsert.b"] = 7 }, CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await store.SaveCheckpointsAsync(new Dictionary<string, long> { ["upsert.a"] = 9, ["upsert.c"] = 1 }, CancellationToken.None);

        Assert.Equal(9, await store.CheckpointAsync("upsert.a", CancellationToken.None));
        Assert.Equal(7, await store.CheckpointAsync("upsert.b", CancellationToken.None));
        Assert.Equal(1, await store.CheckpointAsync("upsert.c", CancellationToken.None));
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().OutboxCheckpoints.AsNoTracking()
            .Where(c => c.Subscriber.StartsWith("upsert.")).ToDictionaryAsync(c => c.Subscriber, c => c.UpdatedAt);
        // The moved row carries the second save's time, the untouched one the first's.
        Assert.Equal(TimeSpan.FromMinutes(5), saved["upsert.a"] - saved["upsert.b"]);
        Assert.Equal(saved["upsert.a"], saved["upsert.c"]);
    }

    /// <summary>The outbox sequence of the <c>user.created</c> event of the member in this response.</summary>
    private async Task<long> SequenceOfAsync(System.Text.Json.JsonElement created)
    {
        var id = created.GetProperty("id").GetGuid().ToString();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GatehouseDb>().OutboxMessages.AsNoTracking()
            .Where(m => m.AggregateId == id && m.Type == DomainEventTypes.UserCreated).Select(m => m.Sequence).SingleAsync();
    }

    private async Task<List<long>> PresentAsync(params long[] sequences)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<GatehouseDb>().OutboxMessages.AsNoTracking()
            .Where(m => sequences.Contains(m.Sequence)).OrderBy(m => m.Sequence).Select(m => m.Sequence).ToListAsync();
    }
}

public sealed class OutboxPruningTests_Sqlite(PruningOutboxSqliteApp app) : OutboxPruningTests<PruningOutboxSqliteApp>(app);

public sealed class OutboxPruningTests_Postgres(PruningOutboxPostgresApp app) : OutboxPruningTests<PruningOutboxPostgresApp>(app);
