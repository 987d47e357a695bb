using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Moderation;

/// <summary>Who may sanction whom, what a request must say, the ladder's suggestion, the log and its export.</summary>
public abstract class SanctionRulesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Moderators_cannot_sanction_themselves_the_owner_or_anyone_at_or_above_their_rank()
    {
        var (moderator, moderatorId, _) = await app.MemberAsync("moderator");
        var (_, peerId, _) = await app.MemberAsync("moderator");
        var (_, adminId, _) = await app.MemberAsync("admin");
        using var owner = await app.OwnerAsync();
        var ownerId = (await owner.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid();
        var body = new { reason = "test" };

        Assert.Equal("self-sanction", (await (await moderator.SanctionAsync(moderatorId, "warn", body)).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        Assert.Equal("hierarchy", (await (await moderator.SanctionAsync(peerId, "ban", body)).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        Assert.Equal("hierarchy", (await (await moderator.SanctionAsync(adminId, "mute", new { reason = "x", duration = 60 })).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        await (await moderator.SanctionAsync(ownerId, "kick", body)).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await owner.SanctionAsync(ownerId, "ban", body)).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await moderator.SanctionAsync(Guid.NewGuid(), "warn", body)).ShouldBeAsync(HttpStatusCode.NotFound);

        var log = await owner.GetJsonAsync($"/api/v1/sanctions?moderator={moderatorId}");
        Assert.Equal(0, log.GetProperty("items").GetArrayLength());
    }

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "warn", "{}", "reason" },
        { "warn", "{\"reason\":null}", "reason" },
        { "warn", "{\"reason\":\"   \"}", "reason" },
        { "warn", "{\"reason\":\"" + new string('r', 501) + "\"}", "reason" },
        { "warn", "{\"reason\":\"ok\",\"evidence\":[\"javascript:alert(1)\"]}", "evidence" },
        { "warn", "{\"reason\":\"ok\",\"evidence\":[\"ftp://example.test/x\"]}", "evidence" },
        { "warn", "{\"reason\":\"ok\",\"evidence\":[null]}", "evidence[0]" }, // a null link is named by its index, like every array element
        { "warn", "{\"reason\":\"ok\",\"duration\":60}", "duration" },
        { "mute", "{\"reason\":\"ok\"}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":\"P29D\"}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":\"1 hour\"}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":-5}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":0}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":\"P1M\"}", "duration" },
        { "mute", "{\"reason\":\"ok\",\"duration\":true}", "duration" },
        { "ban", "{\"reason\":\"ok\",\"duration\":1.5}", "duration" },
        { "ban", "{\"reason\":\"ok\",\"note\":\"" + new string('n', 1001) + "\"}", "note" },
        { "ban", "{\"reason\":\"ok\",\"report_id\":\"00000000-0000-0000-0000-000000000001\"}", "report_id" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_sanction_requests_are_a_400_naming_the_field_and_change_nothing(string action, string body, string field)
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("bad"))).GetProperty("id").GetGuid();
        var response = await owner.PostAsync($"/api/v1/users/{target}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        var history = await owner.GetJsonAsync($"/api/v1/users/{target}/sanctions");
        Assert.Equal(0, history.GetProperty("history").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"reason\":42}")]
    [InlineData("{\"reason\":\"ok\",\"evidence\":\"https://example.test\"}")]
    [InlineData("{\"reason\":\"ok\",\"kind\":\"ban\"}")]
    [InlineData("{\"reason\":\"ok\",\"report_id\":\"nope\"}")]
    public async Task Wrong_types_and_unknown_fields_are_a_4xx_never_a_5xx(string body)
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("type"))).GetProperty("id").GetGuid();
        var response = await owner.PostAsync($"/api/v1/users/{target}/warn", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Durations_take_iso_8601_or_seconds_and_a_ban_without_one_is_permanent()
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("dur"))).GetProperty("id").GetGuid();
        var iso = await (await owner.SanctionAsync(target, "mute", new { reason = "a", duration = "P1DT2H" })).ShouldBeAsync(HttpStatusCode.Created);
        var seconds = await (await owner.SanctionAsync(target, "mute", new { reason = "b", duration = "90" })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(TimeSpan.FromHours(26), iso.GetProperty("expires_at").GetDateTime() - iso.GetProperty("created_at").GetDateTime());
        Assert.Equal(TimeSpan.FromSeconds(90), seconds.GetProperty("expires_at").GetDateTime() - seconds.GetProperty("created_at").GetDateTime());
        var ban = await (await owner.SanctionAsync(target, "ban", new { reason = "c" })).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ban.GetProperty("expires_at").ValueKind);

        // The second mute replaced the first: one mute and one ban in force.
        var state = await owner.GetJsonAsync($"/api/v1/users/{target}/sanctions");
        Assert.Equal(["ban", "mute"], state.GetProperty("active").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).Order());
        Assert.Equal("replaced", state.GetProperty("history").EnumerateArray().Single(s => s.GetProperty("reason").GetString() == "a")
            .GetProperty("end_reason").GetString());
    }

    [Fact]
    public async Task The_ladder_suggests_the_next_step_from_the_strikes_in_the_window()
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("lad"))).GetProperty("id").GetGuid();
        var first = (await owner.GetJsonAsync($"/api/v1/users/{target}/sanctions")).GetProperty("suggestion");
        Assert.Equal("warn", first.GetProperty("kind").GetString());
        Assert.Equal(0, first.GetProperty("strikes").GetInt32());

        await (await owner.SanctionAsync(target, "warn", new { reason = "1" })).ShouldBeAsync(HttpStatusCode.Created);
        await (await owner.SanctionAsync(target, "warn", new { reason = "2" })).ShouldBeAsync(HttpStatusCode.Created);
        var next = (await owner.GetJsonAsync($"/api/v1/users/{target}/sanctions")).GetProperty("suggestion");
        Assert.Equal("mute", next.GetProperty("kind").GetString());
        Assert.Equal(86400, next.GetProperty("duration_seconds").GetInt64());
        Assert.Equal(2, next.GetProperty("counts").GetProperty("warn").GetInt32());
        Assert.Equal(30, next.GetProperty("window_days").GetInt32());
    }

    [Fact]
    public async Task The_log_filters_and_pages_with_a_cursor_and_exports_the_same_rows()
    {
        using var owner = await app.OwnerAsync();
        var target = (await owner.CreateUserAsync(Api.Unique("log"))).GetProperty("id").GetGuid();
        for (var i = 0; i < 5; i++) await (await owner.SanctionAsync(target, "warn", new { reason = $"w{i}" })).ShouldBeAsync(HttpStatusCode.Created);
        await (await owner.SanctionAsync(target, "kick", new { reason = "k" })).ShouldBeAsync(HttpStatusCode.Created);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await owner.GetJsonAsync($"/api/v1/sanctions?member={target}&kind=warn&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("reason").GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
        } while (cursor is not null);
        Assert.Equal(["w4", "w3", "w2", "w1", "w0"], seen);

        var bad = await owner.GetAsync($"/api/v1/sanctions?member={target}&kind=shout");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var csv = await owner.GetStringAsync($"/api/v1/moderation/export?format=csv&member={target}");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Id,CreatedAt,UserId,Kind,Reason", lines[0], StringComparison.Ordinal);
        Assert.Equal(7, lines.Length);
        Assert.Contains(",kick,k,", lines[^1], StringComparison.Ordinal);
        var json = await owner.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/moderation/export?format=json&member={target}&kind=kick");
        Assert.Equal(1, json.GetArrayLength());
    }
}

public sealed class SanctionRulesTests_Sqlite(SqliteApp app) : SanctionRulesTests<SqliteApp>(app);

public sealed class SanctionRulesTests_Postgres(PostgresApp app) : SanctionRulesTests<PostgresApp>(app);
