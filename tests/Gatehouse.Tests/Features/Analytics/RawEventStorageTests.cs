using Gatehouse.Server.Features.Analytics;
using Gatehouse.Server.Features.Analytics.Capture;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gatehouse.Tests.Features.Analytics;

public sealed class RawEventStorageSqliteTests(SqliteApp app) : RawEventStorageTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class RawEventStoragePostgresTests(PostgresApp app) : RawEventStorageTests<PostgresApp>(app), IClassFixture<PostgresApp>;

/// <summary>
/// Raw events are stored by plain multi-row inserts that bind most values straight to SQLite (Guids and dates
/// formatted on the stack): a row must be the one EF's own save writes, column for column.
/// </summary>
public abstract class RawEventStorageTests<TApp>(TApp app) where TApp : GatehouseApp
{
    [Theory]
    [InlineData(0L)] // whole seconds: no fraction written
    [InlineData(1_234_567L)] // every digit of the fraction
    [InlineData(1_200_000L)] // trailing zeros trimmed
    public async Task Events_inserted_in_bulk_are_stored_exactly_as_EF_stores_one(long ticks)
    {
        var type = Api.Unique("bulk").ToLowerInvariant();
        // Received yesterday by the app's clock: the analytics pruner, which runs beside the test, deletes raw events
        // past their retention (a fixed date months back was deleted between the write and the read now and then).
        var day = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.Date.AddDays(-1);
        var at = day.AddHours(3).AddMinutes(2).AddSeconds(1).AddTicks(ticks);
        var member = Guid.Parse("0a1b2c3d-4e5f-6a7b-8c9d-aebfcadbecfd"); // letters: upper-cased as EF stores them
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        await db.WriteAsync(async ct =>
        {
            db.Set<RawEvent>().Add(Event(type + ".ef", member, at));
            await Task.CompletedTask;
            return 0;
        }, CancellationToken.None);
        await db.WriteAsync(async ct =>
        {
            await RawEventInsert.InsertAsync(db, [Event(type + ".bulk", member, at), Event(type + ".anon", null, at)], ct);
            return 0;
        }, CancellationToken.None);

        StoredRows.AssertSame(await StoredRows.OneAsync<RawEvent>(db, e => e.Type, type + ".ef"), await StoredRows.OneAsync<RawEvent>(db, e => e.Type, type + ".bulk"),
            "Id", "Type");
        Assert.Null((await StoredRows.OneAsync<RawEvent>(db, e => e.Type, type + ".anon"))["UserId"]);
        // Read back through EF: the same values (PostgreSQL keeps microseconds), found by key and date.
        var byEf = await db.Set<RawEvent>().AsNoTracking().SingleAsync(e => e.Type == type + ".ef");
        var read = await db.Set<RawEvent>().AsNoTracking().SingleAsync(e => e.Type == type + ".bulk" && e.UserId == member && e.OccurredAt == byEf.OccurredAt);
        Assert.Equal(byEf.ReceivedAt, read.ReceivedAt);
        Assert.Equal(DateTimeKind.Utc, read.ReceivedAt.Kind);
        Assert.Equal("", read.Region);
        Assert.Null(read.SessionId);
    }

    internal static RawEvent Event(string type, Guid? member, DateTime at) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = type,
        Source = EventSources.Sdk,
        UserId = member,
        SessionId = null,
        OccurredAt = at,
        ReceivedAt = at,
        Role = "member",
        Region = "",
        Device = "desktop",
        Version = "1.0.0",
        Ip = "203.0.113.0",
        Props = "{\"path\":\"/p\",\"n\":1}",
    };
}

/// <summary>The queue between ingest and the writer carries whole batches (one channel write per batch, not per event).</summary>
public sealed class RawEventQueueTests
{
    [Fact]
    public void The_queue_hands_the_writer_whole_batches_and_counts_every_event()
    {
        var queue = new RawEventQueue(Options.Create(new AnalyticsOptions { MaxPendingEvents = 1_000 }));
        List<RawEvent> Batch(int n) => [.. Enumerable.Range(0, n).Select(i => RawEventStorageTests<SqliteApp>.Event($"q.{n}.{i}", null, DateTime.UtcNow))];
        var first = Batch(300);
        var second = Batch(300);
        Assert.True(queue.TryReserve(first.Count));
        queue.EnqueueReserved(first);
        Assert.True(queue.TryReserve(second.Count));
        queue.EnqueueReserved(second);
        queue.Enqueue(RawEventStorageTests<SqliteApp>.Event("q.server", null, DateTime.UtcNow));
        Assert.False(queue.TryReserve(400)); // 601 pending of 1,000: refused whole, nothing held
        Assert.Equal(601, queue.Pending);

        var into = new List<RawEvent>();
        Assert.True(queue.TryRead(into, 500)); // past 500 only by the rest of the second batch, never half of it
        Assert.Equal([.. first, .. second], into);
        into.Clear();
        Assert.True(queue.TryRead(into, 500));
        Assert.Equal("q.server", Assert.Single(into).Type);
        Assert.False(queue.TryRead(into, 500));
        queue.Written(601);
        Assert.Equal(0, queue.Pending);
    }
}
