using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>The server's own traffic reaches the live windows, the <c>analytics</c> topic and the SSE stream as windows close.</summary>
public abstract class LiveAnalyticsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task Failing_requests_show_in_the_next_pushed_window_on_the_hub_with_their_endpoint()
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        await using var connection = LiveClients.Build(app, "/hubs/live", token, HttpTransportType.WebSockets);
        var pushed = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray()) pushed.Writer.TryWrite(e.Clone());
        });
        await connection.StartAsync();
        var snapshot = await connection.InvokeAsync<JsonElement>("subscribe", "analytics", new { interval = "1s", segment = "role" });
        Assert.Equal("1s", snapshot.GetProperty("interval").GetString());

        using var owner = await app.OwnerAsync();
        for (var i = 0; i < 7; i++) Assert.Equal(HttpStatusCode.BadRequest, (await owner.GetAsync("/api/v1/users/not-a-uuid")).StatusCode);
        var closed = await app.CloseSecondAsync();
        Assert.True(closed.Totals.Errors4xx >= 7);

        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        JsonElement window;
        do window = await pushed.Reader.ReadAsync(cts.Token);
        while (window.GetProperty("sequence").GetInt64() < closed.Sequence);
        Assert.True(window.GetProperty("totals").GetProperty("errors_4xx").GetInt64() >= 7);
        Assert.True(window.GetProperty("totals").GetProperty("error_rate_4xx").GetDouble() > 0);
        Assert.Contains(window.GetProperty("endpoints").EnumerateArray(), e => e.GetProperty("endpoint").GetString() == "GET /api/v1/users/{id}"
            && e.GetProperty("count").GetInt64() >= 7 && e.GetProperty("error_rate").GetDouble() == 1);
        Assert.True(window.GetProperty("segments").TryGetProperty("role", out var roles) && roles.TryGetProperty("owner", out _));
        Assert.False(window.GetProperty("segments").TryGetProperty("device", out _));
    }

    [Fact]
    public async Task Members_without_analytics_read_may_not_follow_the_topic_or_the_stream()
    {
        var (member, _, email) = await app.MemberAsync();
        var token = await app.AccessTokenAsync(email, Api.MemberPassword);
        await using var connection = LiveClients.Build(app, "/hubs/live", token, HttpTransportType.WebSockets);
        await connection.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => connection.InvokeAsync<JsonElement>("subscribe", "analytics", null));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/v1/analytics/stream")).StatusCode);
    }

    [Fact]
    public async Task The_stream_starts_with_the_latest_window_then_pushes_each_closing_one_and_resumes_from_last_event_id()
    {
        var first = await app.CloseSecondAsync();
        using var owner = await app.OwnerAsync();
        await using (var sse = await SseClient.OpenAsync(owner, "/api/v1/analytics/stream?interval=1s"))
        {
            var start = await sse.NextAsync();
            Assert.Equal("analytics.window", start.Event);
            Assert.True(long.Parse(start.Id!) >= first.Sequence);
            var closed = await app.CloseSecondAsync();
            SseEvent next;
            do next = await sse.NextAsync();
            while (long.Parse(next.Id!) < closed.Sequence);
            Assert.Equal(closed.Sequence, next.Data.GetProperty("sequence").GetInt64());
        }
        var missed1 = await app.CloseSecondAsync();
        var missed2 = await app.CloseSecondAsync();
        await using var resumed = await SseClient.OpenAsync(owner, "/api/v1/analytics/stream?interval=1s", (missed1.Sequence - 1000).ToString());
        Assert.Equal(missed1.Sequence.ToString(), (await resumed.NextAsync()).Id);
        Assert.Equal(missed2.Sequence.ToString(), (await resumed.NextAsync()).Id);
    }

    [Fact]
    public async Task Live_answers_the_latest_window_and_refuses_an_unknown_interval()
    {
        await app.CloseSecondAsync(AnalyticsIntervals.OneSecond);
        using var owner = await app.OwnerAsync();
        var live = await owner.GetJsonAsync("/api/v1/analytics/live?interval=1s");
        Assert.Equal(JsonValueKind.Object, live.GetProperty("latest").ValueKind);
        Assert.True(live.GetProperty("recent").GetArrayLength() >= 1);
        var bad = await (await owner.GetAsync("/api/v1/analytics/live?interval=2s")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("interval", out _));
    }

    [Fact]
    public async Task Sign_ins_and_sign_ups_are_counted_from_the_servers_own_traffic()
    {
        using var anonymous = app.CreateClient();
        await anonymous.PostAsync("/api/v1/auth/login", JsonContent.Create(new { email = "nobody@example.test", password = "wrong-Passw0rd!" }));
        await app.MemberAsync(); // a sign-up (user.created from the outbox) and a successful sign-in
        var window = await app.CloseSecondAsync(AnalyticsIntervals.OneSecond);
        Assert.True(window.Totals.SignInFailures >= 1);
        Assert.True(window.Totals.SignIns >= 2);
    }
}

public sealed class LiveAnalyticsTests_Sqlite(AnalyticsSqliteApp app) : LiveAnalyticsTests<AnalyticsSqliteApp>(app);

public sealed class LiveAnalyticsTests_Postgres(AnalyticsPostgresApp app) : LiveAnalyticsTests<AnalyticsPostgresApp>(app);
