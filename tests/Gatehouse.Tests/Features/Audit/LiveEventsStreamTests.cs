using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Audit;

/// <summary>The <c>events</c> topic as Server-Sent Events on real Kestrel: live, resumable, audit.read only.</summary>
public abstract class LiveEventsStreamTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static async Task<SseEvent> NextAboutAsync(SseClient stream, string aggregateId)
    {
        while (true)
        {
            var e = await stream.NextAsync();
            if (e.Event == "event" && e.Data.GetProperty("aggregate_id").GetString() == aggregateId) return e;
        }
    }

    [Fact]
    public async Task A_committed_change_arrives_with_its_sequence_as_the_event_id()
    {
        var owner = await app.OwnerPersonAsync();
        await using var stream = await SseClient.OpenAsync(owner.Client, "/api/v1/events/stream?types=user.*");
        var id = (await owner.Client.CreateUserAsync(Api.Unique("sse"))).GetProperty("id").GetGuid().ToString();

        var created = await NextAboutAsync(stream, id);
        Assert.Equal("user.created", created.Data.GetProperty("type").GetString());
        Assert.Equal(owner.Id, created.Data.GetProperty("actor_user_id").GetGuid());
        Assert.Equal(created.Data.GetProperty("sequence").GetInt64().ToString(CultureInfo.InvariantCulture), created.Id);
    }

    [Fact]
    public async Task A_stream_resumed_with_Last_Event_ID_replays_what_it_missed_in_order_and_only_what_matches()
    {
        var owner = await app.OwnerPersonAsync();
        string lastId;
        var first = (await owner.Client.CreateUserAsync(Api.Unique("sse"))).GetProperty("id").GetGuid().ToString();
        await using (var stream = await SseClient.OpenAsync(owner.Client, "/api/v1/events/stream?aggregate_types=user"))
        {
            var roleName = Api.Unique("sserole");
            await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = roleName, priority = 3 })).ShouldBeAsync(HttpStatusCode.Created);
            var marker = (await owner.Client.CreateUserAsync(Api.Unique("sse"))).GetProperty("id").GetGuid().ToString();
            lastId = (await NextAboutAsync(stream, marker)).Id!;
        }

        // While disconnected: two member changes and a role change (filtered out).
        var missed = (await owner.Client.CreateUserAsync(Api.Unique("sse"))).GetProperty("id").GetGuid().ToString();
        await (await owner.Client.PatchAsJsonAsync($"/api/v1/users/{missed}", new { display_name = "Missed" })).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("sserole"), priority = 4 })).ShouldBeAsync(HttpStatusCode.Created);

        await using var resumed = await SseClient.OpenAsync(owner.Client, "/api/v1/events/stream?aggregate_types=user", lastId);
        var replayed = new List<SseEvent> { await NextAboutAsync(resumed, missed), await NextAboutAsync(resumed, missed) };
        Assert.Equal(["user.created", "user.updated"], replayed.Select(e => e.Data.GetProperty("type").GetString()));
        var ids = replayed.Select(e => long.Parse(e.Id!, CultureInfo.InvariantCulture)).ToList();
        Assert.True(ids[0] > long.Parse(lastId, CultureInfo.InvariantCulture) && ids[1] > ids[0]);
        Assert.DoesNotContain(replayed, e => e.Data.GetProperty("aggregate_id").GetString() == first);

        // ...and it continues live after the replay.
        var after = (await owner.Client.CreateUserAsync(Api.Unique("sse"))).GetProperty("id").GetGuid().ToString();
        var live = await NextAboutAsync(resumed, after);
        Assert.True(long.Parse(live.Id!, CultureInfo.InvariantCulture) > ids[1]);
    }

    [Fact]
    public async Task The_stream_needs_audit_read_names_unknown_types_and_ends_when_access_is_lost()
    {
        var owner = await app.OwnerPersonAsync();
        var member = await app.PersonAsync();
        await (await member.Client.GetAsync("/api/v1/events/stream")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().GetAsync("/api/v1/events/stream")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await owner.Client.GetAsync("/api/v1/events/stream?types=nope.created")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("nope.created", unknown.GetProperty("errors").GetProperty("types")[0].GetString(), StringComparison.Ordinal);

        // EventSource cannot set headers: the token is taken from the query on this route.
        using var anonymous = new HttpClient { BaseAddress = app.BaseAddress };
        await using (var byQuery = await SseClient.OpenAsync(anonymous, $"/api/v1/events/stream?types=role.*&access_token={owner.Token}"))
        {
            var role = Api.Unique("sseq");
            await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 2 })).ShouldBeAsync(HttpStatusCode.Created);
            Assert.Equal("role.created", (await byQuery.NextAsync()).Data.GetProperty("type").GetString());
        }

        var auditorRole = Api.Unique("sseauditor");
        await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = auditorRole, priority = 5, permissions = new[] { "audit.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var auditor = await app.PersonAsync(auditorRole);
        await using var stream = await SseClient.OpenAsync(auditor.Client, "/api/v1/events/stream?types=role.*");
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{auditor.Id}/roles", new { remove = new[] { auditorRole } }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var ended = await stream.NextAsync();
        Assert.Equal("ended", ended.Event);
        Assert.Equal("forbidden", ended.Data.GetProperty("reason").GetString());
    }
}

public sealed class LiveEventsStreamTests_Sqlite(LiveSqliteApp app) : LiveEventsStreamTests<LiveSqliteApp>(app);

public sealed class LiveEventsStreamTests_Postgres(LivePostgresApp app) : LiveEventsStreamTests<LivePostgresApp>(app);
