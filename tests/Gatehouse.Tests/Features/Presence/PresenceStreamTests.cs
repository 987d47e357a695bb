using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>The REST snapshot, the Server-Sent Events stream, the status endpoint and slow consumers.</summary>
public abstract class PresenceStreamTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Stream_starts_with_a_snapshot_then_pushes_each_change_with_an_id()
    {
        var owner = await app.OwnerPersonAsync();
        var (ada, bob) = (await app.PersonAsync(), await app.PersonAsync());
        await using var adaGateway = await GatewayClient.ConnectAsync(app, ada.Token);
        await using var stream = await SseClient.OpenAsync(owner.Client, $"/api/v1/presence/stream?user_ids={ada.Id},{bob.Id}");

        var snapshot = await stream.NextAsync();
        Assert.Equal("presence.snapshot", snapshot.Event);
        Assert.Equal(snapshot.Id, snapshot.Data.GetProperty("version").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var items = snapshot.Data.GetProperty("snapshot").EnumerateArray().ToDictionary(e => e.GetProperty("user_id").GetGuid(), e => e.Status());
        Assert.Equal("online", items[ada.Id]);
        Assert.Equal("offline", items[bob.Id]);

        await using var bobGateway = await GatewayClient.ConnectAsync(app, bob.Token, "mobile");
        var online = await stream.NextAboutAsync(bob.Id);
        Assert.Equal("online", online.Data.Status());
        Assert.True(long.Parse(online.Id!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(snapshot.Id!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Stream_resumes_after_Last_Event_ID_or_starts_over_with_a_snapshot()
    {
        var owner = await app.OwnerPersonAsync();
        var (cat, dan) = (await app.PersonAsync(), await app.PersonAsync());
        var url = $"/api/v1/presence/stream?user_ids={cat.Id},{dan.Id}";
        await using var catGateway = await GatewayClient.ConnectAsync(app, cat.Token);
        await using var danGateway = await GatewayClient.ConnectAsync(app, dan.Token);
        string lastId;
        await using (var first = await SseClient.OpenAsync(owner.Client, url))
        {
            await first.NextAsync(); // snapshot
            await catGateway.SetStatusAsync("dnd");
            lastId = (await first.NextAboutAsync(cat.Id, e => e.Status() == "dnd")).Id!;
        }

        // Missed while away: one change each.
        await catGateway.SetStatusAsync("idle");
        await danGateway.SetStatusAsync("dnd", "away");
        await using (var resumed = await SseClient.OpenAsync(owner.Client, url, lastId))
        {
            var missed = new[] { await resumed.NextAsync(), await resumed.NextAsync() };
            Assert.All(missed, e => Assert.Equal("presence.update", e.Event));
            Assert.Equal("idle", missed.Single(e => e.Data.GetProperty("user_id").GetGuid() == cat.Id).Data.Status());
            Assert.Equal("away", missed.Single(e => e.Data.GetProperty("user_id").GetGuid() == dan.Id).Data.GetProperty("status_message").GetString());
        }

        // A position from before this server started (or long gone from the buffer): start again from a snapshot.
        await using var fresh = await SseClient.OpenAsync(owner.Client, url, "12345");
        var snapshot = await fresh.NextAsync();
        Assert.Equal("presence.snapshot", snapshot.Event);
        Assert.Equal(2, snapshot.Data.GetProperty("snapshot").GetArrayLength());
    }

    [Fact]
    public async Task Snapshot_endpoint_filters_and_pages_over_every_member()
    {
        var owner = await app.OwnerPersonAsync();
        var people = new[] { await app.PersonAsync("staff"), await app.PersonAsync(), await app.PersonAsync() };
        await using var first = await GatewayClient.ConnectAsync(app, people[0].Token);
        await using var second = await GatewayClient.ConnectAsync(app, people[1].Token);
        await second.SetStatusAsync("dnd");
        var ids = string.Join(',', people.Select(p => p.Id));

        var page1 = await owner.Client.GetJsonAsync($"/api/v1/presence?user_ids={ids}&limit=2");
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        Assert.True(page1.GetProperty("version").GetInt64() > 0);
        var cursor = page1.GetProperty("next_cursor").GetString();
        var page2 = await owner.Client.GetJsonAsync($"/api/v1/presence?user_ids={ids}&limit=2&cursor={cursor}");
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next_cursor").ValueKind);
        var all = page1.GetProperty("items").EnumerateArray().Concat(page2.GetProperty("items").EnumerateArray())
            .ToDictionary(e => e.GetProperty("user_id").GetGuid(), e => e.Status());
        Assert.Equal(["online", "dnd", "offline"], people.Select(p => all[p.Id]));

        var live = await owner.Client.GetJsonAsync($"/api/v1/presence?user_ids={ids}&exclude_offline=true");
        Assert.Equal(2, live.GetProperty("items").GetArrayLength());
        var dnd = await owner.Client.GetJsonAsync($"/api/v1/presence?user_ids={ids}&statuses=dnd,idle");
        Assert.Equal(people[1].Id, Assert.Single(dnd.GetProperty("items").EnumerateArray()).GetProperty("user_id").GetGuid());
        var staff = await owner.Client.GetJsonAsync($"/api/v1/presence?user_ids={ids}&roles=staff");
        Assert.Equal(people[0].Id, Assert.Single(staff.GetProperty("items").EnumerateArray()).GetProperty("user_id").GetGuid());

        var bad = await (await owner.Client.GetAsync("/api/v1/presence?roles=wizard&statuses=asleep")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("roles", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("statuses", out _));
        await (await people[1].Client.GetAsync("/api/v1/presence")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await app.CreateClient().GetAsync("/api/v1/presence/stream")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Status_endpoint_serves_yourself_others_need_users_update_and_it_is_audited()
    {
        var owner = await app.OwnerPersonAsync();
        var (eve, fay) = (await app.PersonAsync(), await app.PersonAsync());
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { eve.Id } });
        await using var gateway = await GatewayClient.ConnectAsync(app, eve.Token);
        await observer.NextAsync(eve.Id, e => e.Status() == "online");

        var mine = await (await eve.Client.SetStatusAsync(eve.Id, new { status = "dnd", status_message = "Focus" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("dnd", mine.Status());
        Assert.Equal("Focus", (await observer.NextAsync(eve.Id, e => e.Status() == "dnd")).GetProperty("status_message").GetString());

        await (await fay.Client.SetStatusAsync(eve.Id, new { status = "idle" })).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await eve.Client.SetStatusAsync(eve.Id, new { status = "offline" })).ShouldBeAsync(HttpStatusCode.BadRequest);

        // An offline member's choice is stored and waits for their next session.
        var set = await (await owner.Client.SetStatusAsync(fay.Id, new { status = "invisible" })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("offline", set.Status());
        Assert.Equal("invisible", (await owner.Client.GetJsonAsync($"/api/v1/users/{fay.Id}")).GetProperty("chosen_status").GetString());
        await using var fayGateway = await GatewayClient.ConnectAsync(app, fay.Token);
        Assert.Equal("invisible", fayGateway.Ready.GetProperty("presence").Status());

        var audit = await owner.Client.GetJsonAsync($"/api/v1/audit?target_type=user&target_id={fay.Id}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "user.status_set");
    }

    [Fact]
    public async Task A_stuck_observer_never_delays_a_healthy_one_and_is_disconnected()
    {
        var owner = await app.OwnerPersonAsync();
        var people = new List<PresenceTestKit.Person>();
        for (var i = 0; i < 12; i++) people.Add(await app.PersonAsync());
        var gateways = new List<GatewayClient>();
        foreach (var p in people) gateways.Add(await GatewayClient.ConnectAsync(app, p.Token));
        var ids = people.Select(p => p.Id).ToArray();
        await using var healthy = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = ids });

        // The stuck observer: a real socket with a tiny receive window that never reads.
        using var stuck = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
        await stuck.ConnectAsync(app.BaseAddress.Host, app.BaseAddress.Port);
        var request = $"GET /api/v1/presence/stream?exclude_offline=true&user_ids={string.Join(',', ids)}&access_token={owner.Token} HTTP/1.1\r\nHost: {app.BaseAddress.Authority}\r\n\r\n";
        await stuck.SendAsync(Encoding.ASCII.GetBytes(request));
        var fanout = app.Service<PresenceFanout>();
        await PresenceTestKit.UntilAsync(() => fanout.Observers.Any(o => o.Filter.ExcludeOffline), "the stuck stream is subscribed");

        var icon = "https://example.test/" + new string('i', 1900);
        var rounds = 0;
        // Bounded by time, not rounds: before the server sees any backpressure, the loopback socket's
        // send buffer (up to tcp_wmem's 4 MiB here, more elsewhere) takes ~170 rounds, then the rounds
        // of the 4 s SlowConsumerTimeout follow, as many as the machine runs in that time.
        var giveUp = Stopwatch.StartNew();
        while (fanout.Observers.Any(o => o.Filter.ExcludeOffline))
        {
            ++rounds;
            Assert.True(giveUp.Elapsed < TimeSpan.FromMinutes(2), $"the stuck observer was never disconnected ({rounds} rounds)");
            var name = $"round {rounds}";
            await Task.WhenAll(gateways.Select(g => g.SetActivityAsync(new { name, type = "playing", icon })));
            // Every round reaches the healthy observer promptly, however far behind the stuck one is.
            var waiting = new HashSet<Guid>(ids);
            while (waiting.Count > 0)
            {
                var e = await healthy.ReadAsync(TimeSpan.FromSeconds(3));
                if (e.GetProperty("activity").ValueKind == JsonValueKind.Object && e.GetProperty("activity").GetProperty("name").GetString() == name)
                    waiting.Remove(e.GetProperty("user_id").GetGuid());
            }
        }
        Assert.True(rounds > 1, "the stuck observer should have absorbed a few rounds before falling behind");
        foreach (var g in gateways) await g.DisposeAsync();
    }
}

public sealed class PresenceStreamTests_Sqlite(LiveSqliteApp app) : PresenceStreamTests<LiveSqliteApp>(app);

public sealed class PresenceStreamTests_Postgres(LivePostgresApp app) : PresenceStreamTests<LivePostgresApp>(app);
