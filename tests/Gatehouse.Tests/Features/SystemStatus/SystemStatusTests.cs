using System.Net;
using System.Text.Json;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Observability;

namespace Gatehouse.Tests.Features.SystemStatus;

/// <summary>
/// <c>GET /api/v1/system/status</c> on real Kestrel (ASP.NET Core's request histogram, which the
/// traffic figures summarise, is recorded by the hosting pipeline of a real server), with the fake
/// clock driving uptime and the five-minute window.
/// </summary>
public abstract class SystemStatusTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Reports_the_database_uptime_and_the_traffic_it_served()
    {
        using var owner = await app.OwnerAsync();
        using var recorded = new RecordedRequests(app.Services);
        var first = await StatusAsync(owner);
        Assert.Equal(app.IsPostgres ? "postgres" : "sqlite", first.GetProperty("database").GetProperty("provider").GetString());
        Assert.True(first.GetProperty("database").GetProperty("healthy").GetBoolean());
        Assert.Equal("Single", first.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("redis").ValueKind);
        Assert.Equal(300, first.GetProperty("requests").GetProperty("window_seconds").GetInt32());

        // Requests move the figures once the server has recorded them.
        var before = first.GetProperty("requests").GetProperty("count").GetInt64();
        for (var i = 0; i < 5; i++) await owner.GetJsonAsync("/api/v1/roles");
        await recorded.WaitForAsync("/api/v1/roles/", 200, 5);
        await recorded.WaitForAsync("/api/v1/system/status", 200);
        var second = await StatusAsync(owner);
        var requests = second.GetProperty("requests");
        Assert.Equal(before + 6, requests.GetProperty("count").GetInt64()); // 5 reads and the first status request
        Assert.True(requests.GetProperty("per_second").GetDouble() > 0);
        Assert.Equal(0, requests.GetProperty("error_rate").GetDouble());
        Assert.True(requests.GetProperty("p95_ms").GetDouble() > 0);

        // Six minutes later (within the access token's life): the uptime moved with the clock, and the
        // five-minute window no longer holds those requests.
        var uptime = second.GetProperty("uptime_seconds").GetDouble();
        // The second status request is recorded after its answer left: wait, or it lands after the advance.
        await recorded.WaitForAsync("/api/v1/system/status", 200, 2);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var later = await StatusAsync(owner);
        Assert.Equal(uptime + 360, later.GetProperty("uptime_seconds").GetDouble(), 0);
        Assert.Equal(0, later.GetProperty("requests").GetProperty("count").GetInt64());
        Assert.Equal(JsonValueKind.Null, later.GetProperty("requests").GetProperty("p95_ms").ValueKind);
    }

    [Fact]
    public async Task Counts_live_connections_as_they_open_and_close()
    {
        using var owner = await app.OwnerAsync();
        var before = (await StatusAsync(owner)).GetProperty("live_connections").GetInt64();
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        await using (var observer = await ObserverClient.SubscribeAsync(app, token))
        {
            // The subscription answered, so the hub has finished connecting it (and counted it).
            Assert.Equal(before + 1, (await StatusAsync(owner)).GetProperty("live_connections").GetInt64());
        }
    }

    [Fact]
    public async Task Reports_the_outbox_backlog_until_the_subscribers_catch_up()
    {
        using var owner = await app.OwnerAsync();
        var outbox = (await StatusAsync(owner)).GetProperty("outbox");
        var pending = outbox.GetProperty("pending").GetInt64();
        Assert.True(pending >= 0);
        // With nothing pending there is no oldest event; with something pending it has an age.
        Assert.Equal(pending == 0, outbox.GetProperty("oldest_pending_seconds").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task A_member_without_settings_manage_is_refused()
    {
        var (guest, _, _) = await app.MemberAsync("guest");
        using (guest)
        {
            var refused = await guest.GetAsync("/api/v1/system/status");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("settings.manage", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client) => await client.GetJsonAsync("/api/v1/system/status");
}

public sealed class SystemStatusTests_Sqlite(LiveSqliteApp app) : SystemStatusTests<LiveSqliteApp>(app);

public sealed class SystemStatusTests_Postgres(LivePostgresApp app) : SystemStatusTests<LivePostgresApp>(app);
