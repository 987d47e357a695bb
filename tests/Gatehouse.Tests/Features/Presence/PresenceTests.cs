using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>Gateway sessions, aggregation, idle, grace, invisibility and versions, through real sockets.</summary>
public abstract class PresenceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly TimeSpan Sweep = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task Each_transport_delivers_presence_from_gateway_to_observer(HttpTransportType transport)
    {
        var owner = await app.OwnerPersonAsync();
        var alex = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, transport: transport);

        await using var gateway = await GatewayClient.ConnectAsync(app, alex.Token, "desktop", transport);
        Assert.Equal("online", gateway.Ready.GetProperty("presence").Status());
        Assert.Equal(30_000, gateway.Ready.GetProperty("heartbeat_interval_ms").GetInt64());
        var online = await observer.NextAsync(alex.Id);
        Assert.Equal("presence.update", online.GetProperty("type").GetString());
        Assert.Equal("online", online.Status());
        Assert.Equal("online", online.GetProperty("client_status").GetProperty("desktop").GetString());

        await gateway.SetStatusAsync("dnd", "En réunion");
        var dnd = await observer.NextAsync(alex.Id, e => e.Status() == "dnd");
        Assert.Equal("En réunion", dnd.GetProperty("status_message").GetString());
        Assert.True(dnd.Version() > online.Version());
    }

    [Fact]
    public async Task A_gateway_connection_is_kept_alive_by_the_spread_pings_while_it_lasts()
    {
        var ada = await app.PersonAsync();
        var keepAlive = app.Service<HubKeepAlive>();

        var gateway = await GatewayClient.ConnectAsync(app, ada.Token);
        var id = gateway.Connection.ConnectionId!;
        Assert.True(keepAlive.Keeps(id));

        await gateway.DisposeAsync();
        await app.ServerDroppedAsync(gateway);
        await PresenceTestKit.UntilAsync(() => !keepAlive.Keeps(id), "the keep-alive let the connection go");
    }

    [Fact]
    public async Task An_admin_patching_a_members_status_changes_their_live_presence_at_once()
    {
        var owner = await app.OwnerPersonAsync();
        var kim = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { kim.Id } });
        await using var gateway = await GatewayClient.ConnectAsync(app, kim.Token, "web");
        await observer.NextAsync(kim.Id, e => e.Status() == "online");

        await (await owner.Client.PatchAsJsonAsync($"/api/v1/users/{kim.Id}", new { status = "dnd", status_message = "Set by an admin" }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        var dnd = await observer.NextAsync(kim.Id, e => e.Status() == "dnd");
        Assert.Equal("Set by an admin", dnd.GetProperty("status_message").GetString());

        var offline = await (await owner.Client.PatchAsJsonAsync($"/api/v1/users/{kim.Id}", new { status = "offline" }, null))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(offline.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task The_member_api_reports_live_presence_and_filters_by_it()
    {
        var owner = await app.OwnerPersonAsync();
        var lou = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { lou.Id } });
        Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid())];
        Assert.Equal("offline", (await owner.Client.GetJsonAsync($"/api/v1/users/{lou.Id}")).GetProperty("status").GetString());

        await using (var gateway = await GatewayClient.ConnectAsync(app, lou.Token, "web"))
        {
            await gateway.SetStatusAsync("dnd", null, null);
            await observer.NextAsync(lou.Id, e => e.Status() == "dnd");
            Assert.Equal("dnd", (await owner.Client.GetJsonAsync($"/api/v1/users/{lou.Id}")).GetProperty("status").GetString());
            Assert.Contains(lou.Id, Ids(await owner.Client.GetJsonAsync("/api/v1/users?status=dnd&limit=200")));
            Assert.DoesNotContain(lou.Id, Ids(await owner.Client.GetJsonAsync("/api/v1/users?status=offline&limit=200")));

            // Invisible is offline to a viewer without presence.see_invisible.
            await gateway.SetStatusAsync("invisible", null, null);
            await observer.NextAsync(lou.Id, e => e.Status() == "invisible");
            var staff = await app.PersonAsync("staff");
            Assert.Equal("offline", (await staff.Client.GetJsonAsync($"/api/v1/users/{lou.Id}")).GetProperty("status").GetString());
            Assert.Equal("invisible", (await owner.Client.GetJsonAsync($"/api/v1/users/{lou.Id}")).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Sessions_on_several_platforms_show_one_status_and_a_status_per_platform()
    {
        var owner = await app.OwnerPersonAsync();
        var sam = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { sam.Id } });
        Assert.Equal("offline", Assert.Single(observer.Snapshot).Status()); // named users come even when offline

        await using var web = await GatewayClient.ConnectAsync(app, sam.Token, "web");
        await using var phone = await GatewayClient.ConnectAsync(app, sam.Token, "mobile");
        var both = await observer.NextAsync(sam.Id, e => e.GetProperty("client_status").TryGetProperty("mobile", out _));
        Assert.Equal("online", both.Status());
        Assert.Equal("online", both.GetProperty("client_status").GetProperty("web").GetString());

        // The status is account-wide: chosen on the phone, it shows on every platform and comes back to the web session.
        await phone.SetStatusAsync("dnd", null, null);
        var dnd = await observer.NextAsync(sam.Id, e => e.Status() == "dnd");
        Assert.Equal("dnd", dnd.GetProperty("client_status").GetProperty("web").GetString());
        Assert.Equal("dnd", dnd.GetProperty("client_status").GetProperty("mobile").GetString());
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        JsonElement echoed;
        do echoed = await web.OwnUpdates.Reader.ReadAsync(cts.Token); while (echoed.Status() != "dnd");

        // The phone's own call answered it (its result is the new presence): no copy of that change comes back to
        // the phone, only the web session's next change.
        await web.SetStatusAsync("online", "back", null);
        JsonElement toPhone;
        do
        {
            toPhone = await phone.OwnUpdates.Reader.ReadAsync(cts.Token);
            Assert.NotEqual("dnd", toPhone.Status());
        }
        while (toPhone.GetProperty("status_message").GetString() != "back");

        await phone.DisposeAsync();
        var webOnly = await observer.NextAsync(sam.Id, e => !e.GetProperty("client_status").TryGetProperty("mobile", out _));
        Assert.Equal("back", webOnly.GetProperty("status_message").GetString());
    }

    [Fact]
    public async Task A_user_is_idle_only_once_every_session_is_idle()
    {
        var owner = await app.OwnerPersonAsync();
        var kim = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { kim.Id } });
        await using var web = await GatewayClient.ConnectAsync(app, kim.Token, "web");
        await using var desktop = await GatewayClient.ConnectAsync(app, kim.Token, "desktop");
        await observer.NextAsync(kim.Id, e => e.GetProperty("client_status").TryGetProperty("desktop", out _));

        await app.AdvanceAsync(TimeSpan.FromMinutes(4));
        await web.ActivityAsync(); // the web session stays active, the desktop one does not
        await app.AdvanceAsync(TimeSpan.FromMinutes(1) + Sweep);
        var desktopIdle = await observer.NextAsync(kim.Id, e => e.GetProperty("client_status").GetProperty("desktop").GetString() == "idle");
        Assert.Equal("online", desktopIdle.Status());
        Assert.Equal("online", desktopIdle.GetProperty("client_status").GetProperty("web").GetString());

        await app.AdvanceAsync(TimeSpan.FromMinutes(4));
        var idle = await observer.NextAsync(kim.Id, e => e.Status() == "idle");
        Assert.Equal("idle", idle.GetProperty("client_status").GetProperty("web").GetString());

        await desktop.ActivityAsync();
        var back = await observer.NextAsync(kim.Id, e => e.Status() == "online");
        Assert.Equal("online", back.GetProperty("client_status").GetProperty("desktop").GetString());
        Assert.Equal("idle", back.GetProperty("client_status").GetProperty("web").GetString());
    }

    [Fact]
    public async Task Offline_comes_only_after_the_grace_period_with_the_last_seen_time()
    {
        var owner = await app.OwnerPersonAsync();
        var (lea, marker) = (await app.PersonAsync(), await app.PersonAsync());
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { lea.Id, marker.Id } });
        await using var markerGateway = await GatewayClient.ConnectAsync(app, marker.Token);
        var gateway = await GatewayClient.ConnectAsync(app, lea.Token);
        await observer.NextAsync(lea.Id, e => e.Status() == "online");

        await gateway.DisposeAsync();
        await app.ServerDroppedAsync(gateway);
        var leftAt = app.Clock.GetUtcNow().UtcDateTime;
        await app.AdvanceAsync(TimeSpan.FromSeconds(5));
        await markerGateway.SetStatusAsync("dnd");
        await observer.NextAsync(marker.Id, e => e.Status() == "dnd");
        Assert.DoesNotContain(observer.SeenAbout(lea.Id), e => e.Status() == "offline");

        await app.AdvanceAsync(TimeSpan.FromSeconds(5) + Sweep);
        var offline = await observer.NextAsync(lea.Id, e => e.Status() == "offline");
        Assert.Equal(leftAt, offline.GetProperty("last_seen_at").GetDateTime(), TimeSpan.FromSeconds(1));
        Assert.Equal(JsonValueKind.Null, offline.GetProperty("activity").ValueKind);
    }

    [Fact]
    public async Task Reconnecting_inside_the_grace_period_sends_no_offline_event()
    {
        var owner = await app.OwnerPersonAsync();
        var (noa, marker) = (await app.PersonAsync(), await app.PersonAsync());
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { noa.Id, marker.Id } });
        await using var markerGateway = await GatewayClient.ConnectAsync(app, marker.Token);
        var first = await GatewayClient.ConnectAsync(app, noa.Token);
        await observer.NextAsync(noa.Id, e => e.Status() == "online");

        await first.DisposeAsync();
        await app.ServerDroppedAsync(first);
        await app.AdvanceAsync(TimeSpan.FromSeconds(6));
        await using var again = await GatewayClient.ConnectAsync(app, noa.Token);
        Assert.Equal("online", again.Ready.GetProperty("presence").Status());
        await app.AdvanceAsync(TimeSpan.FromSeconds(10) + Sweep);

        await markerGateway.SetStatusAsync("idle");
        await observer.NextAsync(marker.Id, e => e.Status() == "idle");
        Assert.DoesNotContain(observer.SeenAbout(noa.Id), e => e.Status() == "offline");
    }

    [Fact]
    public async Task Invisible_users_look_offline_to_observers_without_see_invisible()
    {
        var owner = await app.OwnerPersonAsync();
        var staff = await app.PersonAsync("staff"); // presence.read, not presence.see_invisible
        var (ivy, marker) = (await app.PersonAsync(), await app.PersonAsync());
        var watched = new { user_ids = new[] { ivy.Id, marker.Id } };
        await using var seesAll = await ObserverClient.SubscribeAsync(app, owner.Token, watched);
        await using var seesPublic = await ObserverClient.SubscribeAsync(app, staff.Token, watched);
        await using var markerGateway = await GatewayClient.ConnectAsync(app, marker.Token);
        await using var gateway = await GatewayClient.ConnectAsync(app, ivy.Token);
        await seesPublic.NextAsync(ivy.Id, e => e.Status() == "online");
        await gateway.SetActivityAsync(new { name = "Chess", type = "playing" });
        await seesPublic.NextAsync(ivy.Id, e => e.GetProperty("activity").ValueKind == JsonValueKind.Object);

        await gateway.SetStatusAsync("invisible", "shh");
        var full = await seesAll.NextAsync(ivy.Id, e => e.Status() == "invisible");
        Assert.Equal("shh", full.GetProperty("status_message").GetString());
        var hidden = await seesPublic.NextAsync(ivy.Id);
        Assert.Equal("offline", hidden.Status());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("status_message").ValueKind);
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("activity").ValueKind);
        Assert.Empty(hidden.GetProperty("client_status").EnumerateObject());

        // Hidden details keep changing; the public observer must not even learn that something did.
        await gateway.SetActivityAsync(new { name = "Go", type = "playing" });
        await seesAll.NextAsync(ivy.Id, e => e.GetProperty("activity").ValueKind == JsonValueKind.Object && e.GetProperty("activity").GetProperty("name").GetString() == "Go");
        await markerGateway.SetStatusAsync("dnd");
        await seesPublic.NextAsync(marker.Id, e => e.Status() == "dnd");
        Assert.Single(seesPublic.SeenAbout(ivy.Id), e => e.Status() == "offline");
        Assert.Equal(2, seesPublic.SeenAbout(ivy.Id).Count(e => e.Status() != "offline"));

        // A snapshot tells the same story.
        using var staffClient = staff.Client;
        var page = await staffClient.GetJsonAsync($"/api/v1/presence?user_ids={ivy.Id}");
        Assert.Equal("offline", page.GetProperty("items")[0].Status());
    }

    [Fact]
    public async Task Observers_holding_users_read_are_told_who_is_online_by_name_without_asking()
    {
        var owner = await app.OwnerPersonAsync();
        var watchers = $"watchers-{Guid.NewGuid():N}"[..20];
        await (await owner.Client.PostAsJsonAsync("/api/v1/roles", new { name = watchers, priority = 5, permissions = new[] { "presence.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var staff = await app.PersonAsync("staff"); // presence.read and users.read
        var watcher = await app.PersonAsync(watchers); // presence.read alone
        var (ada, bob) = (await app.PersonAsync("staff"), await app.PersonAsync());
        await using var adaGateway = await GatewayClient.ConnectAsync(app, ada.Token);
        var watched = new { user_ids = new[] { ada.Id, bob.Id } };
        await using var named = await ObserverClient.SubscribeAsync(app, staff.Token, watched);
        await using var bare = await ObserverClient.SubscribeAsync(app, watcher.Token, watched);

        // The snapshot names who is online, with what the list shows: name, avatar, roles (their colour).
        var card = named.Snapshot.Single(e => e.GetProperty("user_id").GetGuid() == ada.Id).GetProperty("user");
        Assert.Equal(ada.Id, card.GetProperty("id").GetGuid());
        Assert.False(string.IsNullOrWhiteSpace(card.GetProperty("display_name").GetString()));
        Assert.True(card.TryGetProperty("avatar_url", out _));
        Assert.Contains(card.GetProperty("roles").EnumerateArray(),
            r => r.GetProperty("name").GetString() == "staff" && r.GetProperty("color").GetString() == "#2ecc71");
        Assert.False(named.Snapshot.Single(e => e.GetProperty("user_id").GetGuid() == bob.Id).TryGetProperty("user", out _)); // offline
        Assert.All(bare.Snapshot, e => Assert.False(e.TryGetProperty("user", out _)));

        // The same snapshot over HTTP, for a page drawn before its socket is up: named on request, with users.read only.
        var ids = $"user_ids={ada.Id},{bob.Id}";
        var page = (await staff.Client.GetJsonAsync($"/api/v1/presence?{ids}&include=user")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(card.GetProperty("display_name").GetString(), page.Single(e => e.GetProperty("user_id").GetGuid() == ada.Id).GetProperty("user").GetProperty("display_name").GetString());
        Assert.False(page.Single(e => e.GetProperty("user_id").GetGuid() == bob.Id).TryGetProperty("user", out _));
        // As a cold Who's online asks for it (public/boot.js): who is online, named, in one page of up to 1,000.
        var cold = (await staff.Client.GetJsonAsync("/api/v1/presence?exclude_offline=true&include=user&limit=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.True(cold.Single(e => e.GetProperty("user_id").GetGuid() == ada.Id).TryGetProperty("user", out _));
        Assert.DoesNotContain(cold, e => e.GetProperty("user_id").GetGuid() == bob.Id);
        // The same page in a session's renewal, which public/boot.js asks for on a cold load of Who's online: read as
        // the renewed session's member, and left out for one who may not read it (the page then asks, and is told why).
        var renewed = await app.RenewedAsync(staff, "me,online");
        var included = renewed.GetProperty("included").GetProperty("online");
        Assert.Equal(JsonValueKind.Null, included.GetProperty("next_cursor").ValueKind);
        Assert.Equal(card.GetRawText(), included.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("user_id").GetGuid() == ada.Id).GetProperty("user").GetRawText());
        Assert.DoesNotContain(included.GetProperty("items").EnumerateArray(), e => e.GetProperty("user_id").GetGuid() == bob.Id);
        Assert.Equal(staff.Id, renewed.GetProperty("me").GetProperty("user").GetProperty("id").GetGuid());
        var notNamed = await app.RenewedAsync(watcher, "online");
        Assert.False(notNamed.TryGetProperty("included", out _));
        Assert.False(notNamed.TryGetProperty("me", out _));
        Assert.All((await staff.Client.GetJsonAsync($"/api/v1/presence?{ids}")).GetProperty("items").EnumerateArray(),
            e => Assert.False(e.TryGetProperty("user", out _)));
        var refused = await (await watcher.Client.GetAsync($"/api/v1/presence?{ids}&include=user")).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("users.read", refused.GetProperty("detail").GetString());
        var unknown = await (await staff.Client.GetAsync($"/api/v1/presence?{ids}&include=roles")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(unknown.GetProperty("errors").TryGetProperty("include", out _));

        // A member coming online is named once, on that event; later changes and observers without users.read stay bare.
        await using var bobGateway = await GatewayClient.ConnectAsync(app, bob.Token);
        var joined = await named.NextAsync(bob.Id, e => e.Status() == "online");
        Assert.Equal(bob.Id, joined.GetProperty("user").GetProperty("id").GetGuid());
        await bobGateway.SetStatusAsync("dnd");
        Assert.False((await named.NextAsync(bob.Id, e => e.Status() == "dnd")).TryGetProperty("user", out _));
        Assert.False((await bare.NextAsync(bob.Id, e => e.Status() == "online")).TryGetProperty("user", out _));
        await adaGateway.SetStatusAsync("idle");
        Assert.False((await named.NextAsync(ada.Id, e => e.Status() == "idle")).TryGetProperty("user", out _));
    }

    [Fact]
    public async Task Versions_only_grow_and_observers_drop_stale_events()
    {
        var owner = await app.OwnerPersonAsync();
        var vic = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { vic.Id } });
        await using var gateway = await GatewayClient.ConnectAsync(app, vic.Token);
        var versions = new List<long> { (await observer.NextAsync(vic.Id)).Version() };
        foreach (var status in new[] { "dnd", "idle", "online", "dnd" })
        {
            var answered = await gateway.SetStatusAsync(status);
            var seen = await observer.NextAsync(vic.Id, e => e.Version() == answered.Version());
            versions.Add(seen.Version());
        }
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());

        // A change that arrives late (as it may from another node) is older than what was delivered: dropped.
        var latest = versions[^1];
        var stale = PresenceUpdate.Offline(vic.Id, [], null, latest - 1) with { Status = "idle", StatusMessage = "from the past" };
        app.Service<PresenceFanout>().Publish(new PresenceChange(vic.Id, stale, stale, stale, stale, []));
        var next = await gateway.SetStatusAsync("online");
        var delivered = await observer.NextAsync(vic.Id, e => e.Version() >= next.Version());
        Assert.Equal(next.Version(), delivered.Version());
        Assert.DoesNotContain(observer.SeenAbout(vic.Id), e => e.GetProperty("status_message").GetString() == "from the past");
    }

    [Fact]
    public async Task Losing_presence_read_ends_the_subscription()
    {
        var owner = await app.OwnerPersonAsync();
        var mod = await app.PersonAsync("staff");
        var ana = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, mod.Token);
        await using var gateway = await GatewayClient.ConnectAsync(app, ana.Token);
        await observer.NextAsync(ana.Id, e => e.Status() == "online");

        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{mod.Id}/roles", new { remove = new[] { "staff" } })).ShouldBeAsync(HttpStatusCode.OK);
        var ended = await observer.Ended.Task.WaitAsync(LiveClients.Timeout);
        Assert.Equal("presence", ended.GetProperty("topic").GetString());
        Assert.Equal("forbidden", ended.GetProperty("reason").GetString());
        Assert.DoesNotContain(app.Service<PresenceFanout>().Observers, o => o.ObserverUserId == mod.Id);

        var again = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() =>
            observer.Connection.InvokeAsync<JsonElement>("subscribe", "presence", null));
        Assert.Contains("presence.read", again.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_is_a_presence_change_for_the_filters_it_enters_and_leaves()
    {
        var owner = await app.OwnerPersonAsync();
        var ivy = await app.PersonAsync();
        var staff = (await owner.Client.GetJsonAsync("/api/v1/roles")).EnumerateArray()
            .Single(r => r.GetProperty("name").GetString() == "staff").GetProperty("id").GetGuid();
        static Guid[] Roles(JsonElement e) => [.. e.GetProperty("roles").EnumerateArray().Select(r => r.GetGuid())];
        await using var staffOnly = await ObserverClient.SubscribeAsync(app, owner.Token, new { roles = new[] { "staff" } });
        await using var watching = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { ivy.Id } });
        await using var gateway = await GatewayClient.ConnectAsync(app, ivy.Token);
        var online = await watching.NextAsync(ivy.Id, e => e.Status() == "online");
        Assert.DoesNotContain(staff, Roles(online));

        // Given the role while online: the staff-only view gets them at once, with the role.
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{ivy.Id}/roles", new { add = new[] { "staff" } })).ShouldBeAsync(HttpStatusCode.OK);
        var entered = await staffOnly.NextAsync(ivy.Id);
        Assert.Equal("online", entered.Status());
        Assert.Contains(staff, Roles(entered));
        Assert.True(entered.Version() > online.Version());

        // Losing it: the view they leave gets one last event, whose roles say why.
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{ivy.Id}/roles", new { remove = new[] { "staff" } })).ShouldBeAsync(HttpStatusCode.OK);
        var left = await staffOnly.NextAsync(ivy.Id, e => e.Version() > entered.Version());
        Assert.DoesNotContain(staff, Roles(left));
        Assert.Equal("online", left.Status());
    }

    [Fact]
    public async Task Custom_status_expires_back_to_the_default_without_a_message()
    {
        var owner = await app.OwnerPersonAsync();
        var eli = await app.PersonAsync();
        await using var observer = await ObserverClient.SubscribeAsync(app, owner.Token, new { user_ids = new[] { eli.Id } });
        await using var gateway = await GatewayClient.ConnectAsync(app, eli.Token);
        await gateway.SetStatusAsync("dnd", "Lunch", app.Clock.GetUtcNow().AddMinutes(30));
        await observer.NextAsync(eli.Id, e => e.Status() == "dnd");

        await app.AdvanceAsync(TimeSpan.FromMinutes(30) + Sweep);
        // Back to the default (online) choice; after 30 minutes without a ping the session shows idle.
        var reset = await observer.NextAsync(eli.Id, e => e.GetProperty("status_message").ValueKind == JsonValueKind.Null);
        Assert.Equal("idle", reset.Status());
    }

    [Fact]
    public async Task Gateway_refuses_an_ended_session_and_a_disabled_account_at_connect()
    {
        // Real-time requests check only the session and the account (no permissions): both still refuse.
        var owner = await app.OwnerPersonAsync();
        var ada = await app.PersonAsync();
        var other = app.CreateClient();
        var signIn = await (await other.PostAsJsonAsync("/api/v1/auth/login", new { email = ada.Email, password = Api.MemberPassword }))
            .ShouldBeAsync(HttpStatusCode.OK);
        other.DefaultRequestHeaders.Authorization = new("Bearer", signIn.GetProperty("access_token").GetString());
        await (await GatewayClient.ConnectAsync(app, ada.Token)).DisposeAsync();
        await (await other.DeleteAsync("/api/v1/me/sessions")).ShouldBeAsync(HttpStatusCode.OK); // ends ada.Token's session
        await Assert.ThrowsAnyAsync<Exception>(() => GatewayClient.ConnectAsync(app, ada.Token));

        var zoe = await app.PersonAsync();
        await (await GatewayClient.ConnectAsync(app, zoe.Token)).DisposeAsync();
        await (await owner.Client.PostAsJsonAsync($"/api/v1/users/{zoe.Id}/disable", new { reason = "left" })).ShouldBeAsync(HttpStatusCode.OK);
        await Assert.ThrowsAnyAsync<Exception>(() => GatewayClient.ConnectAsync(app, zoe.Token));
    }

    [Fact]
    public async Task Gateway_refuses_bad_arguments_with_a_reason()
    {
        var zoe = await app.PersonAsync();
        await using var gateway = await GatewayClient.ConnectAsync(app, zoe.Token);
        var offline = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => gateway.SetStatusAsync("offline"));
        Assert.Contains("status", offline.Message, StringComparison.Ordinal);
        var past = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => gateway.SetStatusAsync("dnd", null, app.Clock.GetUtcNow().AddMinutes(-1)));
        Assert.Contains("expires_at", past.Message, StringComparison.Ordinal);
        var activity = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => gateway.SetActivityAsync(new { name = "x", type = "dancing" }));
        Assert.Contains("activity.type", activity.Message, StringComparison.Ordinal);
    }
}

public sealed class PresenceTests_Sqlite(LiveSqliteApp app) : PresenceTests<LiveSqliteApp>(app);

public sealed class PresenceTests_Postgres(LivePostgresApp app) : PresenceTests<LivePostgresApp>(app);
