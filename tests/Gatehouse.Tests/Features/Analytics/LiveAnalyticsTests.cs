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
    /// <summary>The owner's hub connection subscribed to <c>analytics</c> with <paramref name="filter"/>, and every window it is pushed.</summary>
    private async Task<(HubConnection Connection, Channel<JsonElement> Pushed, JsonElement Snapshot)> SubscribeAsync(object filter)
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        var connection = LiveClients.Build(app, "/hubs/live", token, HttpTransportType.WebSockets);
        var pushed = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray()) pushed.Writer.TryWrite(e.Clone());
        });
        await connection.StartAsync();
        return (connection, pushed, await connection.InvokeAsync<JsonElement>("subscribe", "analytics", filter));
    }

    [Fact]
    public async Task Failing_requests_show_in_the_next_pushed_window_on_the_hub_with_their_endpoint()
    {
        var (connection, pushed, snapshot) = await SubscribeAsync(new { interval = "1s", segment = "role" });
        await using var subscribed = connection;
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
    public async Task With_progress_the_hub_and_the_stream_push_the_open_second_with_a_batch_before_the_second_closes()
    {
        await app.CloseSecondAsync(); // the fake clock just past a boundary: a whole second of progress steps ahead
        var (connection, pushed, _) = await SubscribeAsync(new { interval = "1s", progress = true });
        await using var subscribed = connection;
        using var owner = await app.OwnerAsync();
        await using var sse = await SseClient.OpenAsync(owner, "/api/v1/analytics/stream?interval=1s&progress=true");
        Assert.Equal("analytics.window", (await sse.NextAsync()).Event); // the latest closed window first

        var accepted = await owner.SendEventsAsync(new { events = new[] { new { type = "progress.probe" }, new { type = "progress.probe" } } });
        var receivedAt = (await accepted.ShouldBeAsync(HttpStatusCode.Accepted)).GetProperty("received_at").GetDateTime().ToUniversalTime();

        // The ticker pushes progress on its fake-clock steps (250 ms): move a step at a time, at most three, staying in this second.
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        JsonElement? open = null;
        for (var step = 0; step < 3 && open is null; step++)
        {
            app.Clock.Advance(TimeSpan.FromMilliseconds(250));
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
            wait.CancelAfter(TimeSpan.FromMilliseconds(700));
            try
            {
                while (open is null)
                {
                    var w = await pushed.Reader.ReadAsync(wait.Token);
                    if (w.GetProperty("open").GetBoolean() && w.GetProperty("through").GetDateTime().ToUniversalTime() > receivedAt) open = w;
                }
            }
            catch (OperationCanceledException) when (!cts.IsCancellationRequested)
            {
                // this step's wake was missed (the ticker re-arms on a pool thread): the next step
            }
        }
        Assert.NotNull(open);
        Assert.Equal(2, open.Value.GetProperty("event_types").GetProperty("progress.probe").GetInt64());

        SseEvent progress;
        do progress = await sse.NextAsync();
        while (progress.Event != "analytics.progress" || !progress.Data.GetProperty("event_types").TryGetProperty("progress.probe", out _));
        Assert.Null(progress.Id); // progress never moves the resume point
        Assert.True(progress.Data.GetProperty("open").GetBoolean());

        var closed = await app.CloseSecondAsync();
        Assert.False(closed.Open);
        Assert.Equal(open.Value.GetProperty("sequence").GetInt64(), closed.Sequence);
        Assert.Equal(2, closed.EventTypes["progress.probe"]);
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
