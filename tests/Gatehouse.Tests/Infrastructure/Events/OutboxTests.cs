using System.Net;
using System.Net.Http.Json;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Events;

public sealed class OutboxSqliteApp : SqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => OutboxSettings.Fast;
    protected override void ConfigureTestServices(IServiceCollection services) => OutboxSettings.AddSubscribers(services);
}

public sealed class OutboxPostgresApp : PostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => OutboxSettings.Fast;
    protected override void ConfigureTestServices(IServiceCollection services) => OutboxSettings.AddSubscribers(services);
}

public static class OutboxSettings
{
    /// <summary>Short retry waits so a failing subscriber's retries take milliseconds.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Fast = new Dictionary<string, string?>
    {
        ["Gatehouse:Events:RetryMin"] = "00:00:00.050",
        ["Gatehouse:Events:RetryMax"] = "00:00:00.200",
    };

    public static void AddSubscribers(IServiceCollection services)
    {
        services.AddDomainEventSubscriber<RecordingSubscriber>().AddDomainEventSubscriber<FlakySubscriber>()
            .AddDomainEventSubscriber<BatchingSubscriber>();
        OutboxReadProbe.AddTo(services);
    }
}

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private RecordingSubscriber Recorder => app.Services.GetRequiredService<RecordingSubscriber>();

    [Fact]
    public async Task Events_of_a_member_arrive_after_commit_in_order_with_the_full_envelope()
    {
        using var owner = await app.OwnerAsync();
        var ownerId = (await owner.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid();
        var id = (await owner.CreateUserAsync(Api.Unique("evt"))).GetProperty("id").GetGuid().ToString();
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = "Renamed" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.PostAsync($"/api/v1/users/{id}/disable", null)).ShouldBeAsync(HttpStatusCode.OK);

        var disabled = await Recorder.WaitForAsync(DomainEventTypes.UserDisabled, id);
        var mine = Recorder.Received.Where(e => e.AggregateId == id).ToList();
        Assert.Equal([DomainEventTypes.UserCreated, DomainEventTypes.UserUpdated, DomainEventTypes.UserDisabled], mine.Select(e => e.Type));
        Assert.Equal([1L, 2L, 3L], mine.Select(e => e.AggregateVersion));
        Assert.True(mine.Zip(mine.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal(ownerId, disabled.ActorUserId);
        Assert.Equal(AggregateTypes.User, disabled.AggregateType);
        Assert.Equal(3, mine.Select(e => e.Id).Distinct().Count());
        Assert.Equal("Renamed", mine[1].Payload.GetProperty("changes").GetProperty("after").GetProperty("display_name").GetString());
        Assert.False(string.IsNullOrEmpty(disabled.TraceParent));
    }

    [Fact]
    public async Task A_write_that_rolls_back_leaves_no_event()
    {
        using var owner = await app.OwnerAsync();
        // Tests of this class share a database: make this member the only administrator first.
        await app.ExecuteSqlAsync("DELETE FROM user_roles WHERE \"RoleId\" IN (SELECT \"Id\" FROM roles WHERE \"NameNormalized\" = 'ADMIN')");
        var id = (await owner.CreateUserAsync(Api.Unique("lastadmin"), ["admin"])).GetProperty("id").GetGuid().ToString();
        var refused = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { roles = new[] { "member" } }, null))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("last-administrator", refused.ProblemType());

        // A later write's event is delivered; the refused one never was recorded.
        var other = (await owner.CreateUserAsync(Api.Unique("after"))).GetProperty("id").GetGuid().ToString();
        await Recorder.WaitForAsync(DomainEventTypes.UserCreated, other);
        Assert.Equal([DomainEventTypes.UserCreated], Recorder.Received.Where(e => e.AggregateId == id).Select(e => e.Type));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        Assert.Equal([DomainEventTypes.UserCreated], await db.OutboxMessages.Where(m => m.AggregateId == id).Select(m => m.Type).ToListAsync());
    }

    [Fact]
    public async Task A_failing_subscriber_gets_the_event_again_and_does_not_hold_up_the_others()
    {
        using var owner = await app.OwnerAsync();
        var flaky = app.Services.GetRequiredService<FlakySubscriber>();
        var name = Api.Unique("flaky");
        var roleId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority = 3 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid().ToString();
        flaky.FailOnAggregate = roleId;
        flaky.FailuresLeft = 3;
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{roleId}", new { description = "edited" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        var next = (await owner.CreateUserAsync(Api.Unique("next"))).GetProperty("id").GetGuid().ToString();

        // The healthy subscriber is not held up by the failing one.
        await Recorder.WaitForAsync(DomainEventTypes.UserCreated, next);
        // The failing one gets the same event again until it succeeds, then the rest in order.
        var updated = await flaky.WaitForAsync(DomainEventTypes.RoleUpdated, roleId);
        var created = await flaky.WaitForAsync(DomainEventTypes.UserCreated, next);
        Assert.Equal(3, flaky.Failures);
        Assert.True(updated.Sequence < created.Sequence);
        Assert.Single(flaky.Received, e => e.Id == updated.Id);
    }

    [Fact]
    public async Task A_batch_subscriber_gets_the_events_of_one_commit_in_one_call()
    {
        using var owner = await app.OwnerAsync();
        var batching = app.Services.GetRequiredService<BatchingSubscriber>();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add((await owner.CreateUserAsync(Api.Unique("batch"))).GetProperty("id").GetGuid().ToString());
        foreach (var id in ids) await batching.WaitForAsync(DomainEventTypes.UserCreated, id);

        // One write, three events: they are read together and handed over together.
        await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "add_tag", ids, tag = Api.Unique("t") })).ShouldBeAsync(HttpStatusCode.OK);
        foreach (var id in ids) await batching.WaitForAsync(DomainEventTypes.UserUpdated, id);
        var batch = Assert.Single(batching.Batches, b => b.Any(e => e.Type == DomainEventTypes.UserUpdated && ids.Contains(e.AggregateId)));
        Assert.Equal(ids.Order(), batch.Where(e => e.Type == DomainEventTypes.UserUpdated).Select(e => e.AggregateId).Order());
        Assert.Equal(batch.Select(e => e.Sequence).Order(), batch.Select(e => e.Sequence));
    }

    [Fact]
    public async Task A_refused_batch_is_handed_over_again_one_event_at_a_time()
    {
        using var owner = await app.OwnerAsync();
        var batching = app.Services.GetRequiredService<BatchingSubscriber>();
        var ids = new List<string>();
        for (var i = 0; i < 2; i++) ids.Add((await owner.CreateUserAsync(Api.Unique("refused"))).GetProperty("id").GetGuid().ToString());
        foreach (var id in ids) await batching.WaitForAsync(DomainEventTypes.UserCreated, id);
        var tag = Api.Unique("t");
        batching.RefuseBatchWith = ids[0];

        await (await owner.PostAsJsonAsync("/api/v1/users/batch", new { action = "add_tag", ids, tag })).ShouldBeAsync(HttpStatusCode.OK);
        foreach (var id in ids) await batching.WaitForAsync(DomainEventTypes.UserUpdated, id);
        Assert.Null(batching.RefuseBatchWith); // the refusal happened
        Assert.DoesNotContain(batching.Batches, b => b.Any(e => e.Type == DomainEventTypes.UserUpdated && ids.Contains(e.AggregateId)));
        foreach (var id in ids) Assert.Single(batching.Received, e => e.Type == DomainEventTypes.UserUpdated && e.AggregateId == id);
    }

    [Fact]
    public async Task A_commit_costs_one_read_of_the_outbox_in_all_not_one_or_two_per_subscriber()
    {
        using var owner = await app.OwnerAsync();
        var probe = app.Services.GetRequiredService<OutboxReadProbe>();
        var subscribers = app.Services.GetServices<IDomainEventSubscriber>().Select(s => s.Name).ToList();
        // Whatever signing in committed is delivered everywhere first.
        await owner.CreateUserAsync(Api.Unique("settle"));
        await probe.WaitForAllAsync(subscribers, await LastSequenceAsync());

        var before = probe.Reads;
        const int Writes = 3;
        for (var i = 0; i < Writes; i++)
        {
            await owner.CreateUserAsync(Api.Unique("reads"));
            await probe.WaitForAllAsync(subscribers, await LastSequenceAsync());
        }

        // Each commit wakes every subscriber; they share one read of its events, and none asks again to learn that
        // nothing followed (one more read per subscriber per commit before). A commit of some other work may add one.
        Assert.True(subscribers.Count > 10, $"{subscribers.Count} subscribers");
        Assert.InRange(probe.Reads - before, Writes, 2 * Writes);
    }

    private async Task<long> LastSequenceAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<GatehouseDb>().OutboxMessages.MaxAsync(m => m.Sequence);
    }
}

public sealed class OutboxTests_Sqlite(OutboxSqliteApp app) : OutboxTests<OutboxSqliteApp>(app);

public sealed class OutboxTests_Postgres(OutboxPostgresApp app) : OutboxTests<OutboxPostgresApp>(app);
