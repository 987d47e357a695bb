using System.Net;
using System.Text;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>The SDK's batch endpoint: what it accepts, what it refuses and why, and what it stores.</summary>
public abstract class IngestTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static object Event(string type = "page_view", object? props = null, DateTimeOffset? timestamp = null, string? session = "s-1") =>
        new { type, props, timestamp, session_id = session };

    [Fact]
    public async Task A_valid_batch_is_accepted_whole_and_stored_with_both_clocks_and_the_segments()
    {
        var (member, id, _) = await app.MemberAsync("staff");
        var clientTime = app.Clock.GetUtcNow().AddMinutes(-3);
        var response = await member.SendEventsAsync(new
        {
            events = new[] { Event("page_view", new { path = "/home" }, clientTime), Event("checkout.completed", new { total = 12.5 }) },
            device = "mobile",
            client_version = "2.4.1",
        });
        var accepted = await response.ShouldBeAsync(HttpStatusCode.Accepted);
        Assert.Equal(2, accepted.GetProperty("accepted").GetInt32());
        await app.DrainedAsync();

        using var owner = await app.OwnerAsync();
        var rows = await owner.GetJsonAsync($"/api/v1/analytics/events?format=json&user_id={id}&source=sdk&from={Iso(app.Clock.GetUtcNow().AddHours(-1))}&to={Iso(app.Clock.GetUtcNow().AddMinutes(1))}");
        var list = rows.EnumerateArray().ToList();
        Assert.True(list.Count == 2, rows.ToString());
        var view = list.Single(e => e.GetProperty("type").GetString() == "page_view");
        Assert.Equal(clientTime.UtcDateTime, view.GetProperty("occurred_at").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, view.GetProperty("received_at").GetDateTime().ToUniversalTime(), TimeSpan.FromSeconds(1));
        Assert.Equal("staff", view.GetProperty("role").GetString());
        Assert.Equal("mobile", view.GetProperty("device").GetString());
        Assert.Equal("2.4.1", view.GetProperty("version").GetString());
        Assert.Equal("unknown", view.GetProperty("region").GetString()); // no GeoIP database configured: never guessed
        Assert.Equal("/home", JsonDocument.Parse(view.GetProperty("props").GetString()!).RootElement.GetProperty("path").GetString());
        // Kestrel on loopback: the address is stored truncated to its /24.
        Assert.Equal("127.0.0.0", view.GetProperty("ip").GetString());
    }

    [Fact]
    public async Task Bad_batches_are_a_400_naming_the_event_and_field_and_nothing_of_them_is_counted()
    {
        var (member, _, _) = await app.MemberAsync();
        async Task<JsonElement> Bad(object body) => await (await member.SendEventsAsync(body)).ShouldBeAsync(HttpStatusCode.BadRequest);
        static bool Names(JsonElement problem, string field) => problem.GetProperty("errors").TryGetProperty(field, out _);

        Assert.True(Names(await Bad(new { events = Array.Empty<object>() }), "events"));
        Assert.True(Names(await Bad(new { events = Enumerable.Range(0, 51).Select(_ => Event()).ToArray() }), "events"));
        Assert.True(Names(await Bad(new { events = new[] { Event(), Event("Bad Type!") } }), "events[1].type"));
        Assert.True(Names(await Bad(new { events = new[] { Event(props: new { blob = new string('x', 300) }) } }), "events[0].props"));
        Assert.True(Names(await Bad(new { events = new object[] { new { type = "a", props = new[] { 1, 2 } } } }), "events[0].props"));
        Assert.True(Names(await Bad(new { events = new[] { Event(timestamp: app.Clock.GetUtcNow().AddDays(3)) } }), "events[0].timestamp"));
        Assert.True(Names(await Bad(new { events = new[] { Event(session: "has spaces") } }), "events[0].session_id"));
        Assert.True(Names(await Bad(new { events = new[] { Event() }, device = "fridge" }), "device"));
        Assert.True(Names(await Bad(new { events = new[] { Event() }, client_version = "1.0 beta" }), "client_version"));

        // Unknown fields are refused, at the top and inside an event.
        var unknownTop = await Bad(new { events = new[] { Event() }, admin = true });
        Assert.Contains("admin", unknownTop.ToString(), StringComparison.Ordinal);
        var unknownInner = await Bad(new { events = new object[] { new { type = "a", user_id = Guid.NewGuid() } } });
        Assert.Contains("user_id", unknownInner.ToString(), StringComparison.Ordinal);

        var tooLarge = await member.PostAsync("/api/v1/analytics/events",
            new StringContent("{\"events\":[" + string.Join(',', Enumerable.Repeat("{\"type\":\"page_view\"}", 1000)) + "]}", Encoding.UTF8, "application/json"));
        Assert.Equal("body-too-large", (await tooLarge.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge)).ProblemType());
        var malformed = await member.PostAsync("/api/v1/analytics/events", new StringContent("{\"events\":[", Encoding.UTF8, "application/json"));
        await malformed.ShouldBeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_source_past_its_event_budget_gets_429_with_retry_after_and_others_are_unaffected()
    {
        var (member, _, _) = await app.MemberAsync();
        var (other, _, _) = await app.MemberAsync();
        var fifty = new { events = Enumerable.Range(0, 50).Select(_ => Event()).ToArray() };
        await (await member.SendEventsAsync(fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
        await (await member.SendEventsAsync(fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
        var limited = await member.SendEventsAsync(fifty);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("rate-limited", (await limited.ShouldBeAsync(HttpStatusCode.TooManyRequests)).ProblemType());
        await (await other.SendEventsAsync(fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Bodies_outside_the_SDK_shape_are_answered_as_the_serializer_binds_them_and_bad_bytes_are_a_400()
    {
        var (member, _, _) = await app.MemberAsync();
        Task<HttpResponseMessage> Post(byte[] body) =>
            member.PostAsync("/api/v1/analytics/events", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

        // Field names in another case and escaped text take the serializer's path, which accepts them.
        await (await Post("{\"Events\":[{\"Type\":\"page_view\",\"props\":{\"a\":\"\\u00e9\"}}],\"device\":\"desk\\u0074op\"}"u8.ToArray()))
            .ShouldBeAsync(HttpStatusCode.Accepted);
        // Invalid UTF-8 inside props, inside a type, a trailing value, a null event: a 400, never a 5xx.
        byte[] badProps = [.. "{\"events\":[{\"type\":\"a\",\"props\":{\"x\":\""u8, 0xC3, 0x28, .. "\"}}]}"u8];
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(badProps)).StatusCode);
        byte[] badType = [.. "{\"events\":[{\"type\":\""u8, 0xFF, .. "\"}]}"u8];
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(badType)).StatusCode);
        Assert.Equal("malformed-json", (await (await Post("{\"events\":[{\"type\":\"a\"}]} 1"u8.ToArray())).ShouldBeAsync(HttpStatusCode.BadRequest)).ProblemType());
        var nullEvent = await (await Post("{\"events\":[null]}"u8.ToArray())).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("events", nullEvent.ToString(), StringComparison.Ordinal);
        // A repeated field: the serializer's rule (the last one counts, and "Bad Type" is refused).
        Assert.Equal(HttpStatusCode.BadRequest, (await Post("{\"events\":[{\"type\":\"a\",\"type\":\"Bad Type\"}]}"u8.ToArray())).StatusCode);
    }

    [Fact]
    public async Task Events_need_a_signed_in_member()
    {
        using var anonymous = app.CreateClient();
        var response = await anonymous.SendEventsAsync(new { events = new[] { Event() } });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Iso(DateTimeOffset t) => Uri.EscapeDataString(t.UtcDateTime.ToString("O"));
}

public sealed class IngestTests_Sqlite(AnalyticsSqliteApp app) : IngestTests<AnalyticsSqliteApp>(app);

public sealed class IngestTests_Postgres(AnalyticsPostgresApp app) : IngestTests<AnalyticsPostgresApp>(app);
