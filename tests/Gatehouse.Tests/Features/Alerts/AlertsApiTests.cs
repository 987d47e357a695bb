using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>The alert rules, silences and channels API: validation that names the field, If-Match, audit, no-op writes.</summary>
public abstract class AlertsApiTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp, IAlertsApp
{
    private static object Rule(string name = "rule", object? conditions = null) => new
    {
        name,
        conditions = conditions ?? new[] { AlertsKit.Condition("error_rate_5xx", "gt", 0.01) },
    };

    public static TheoryData<string, string, string> BadRules => new()
    {
        { "/api/v1/alerts", """{"name":"x","conditions":[]}""", "conditions" },
        { "/api/v1/alerts", """{"conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60}]}""", "name" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"nope","comparator":"gt","threshold":1,"window_seconds":60}]}""", "conditions[0].metric" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"over","threshold":1,"window_seconds":60}]}""", "conditions[0].comparator" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":0}]}""", "conditions[0].window_seconds" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":99999}]}""", "conditions[0].window_seconds" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60,"segment":"planet:mars"}]}""", "conditions[0].segment" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60,"segment":"role:"}]}""", "conditions[0].segment" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":10,"window_seconds":60,"clear_threshold":20}]}""", "conditions[0].clear_threshold" },
        { "/api/v1/alerts", """{"name":"x","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60,"min_samples":-1}]}""", "conditions[0].min_samples" },
        { "/api/v1/alerts", """{"name":"x","conditions":[null]}""", "conditions[0]" },
        { "/api/v1/alerts", """{"name":"x","match":"most","conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60}]}""", "match" },
        { "/api/v1/alerts", """{"name":"x","for_seconds":-5,"conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60}]}""", "for_seconds" },
        { "/api/v1/alerts", """{"name":"x","channel_ids":["00000000-0000-0000-0000-000000000001"],"conditions":[{"metric":"requests","comparator":"gt","threshold":1,"window_seconds":60}]}""", "channel_ids[0]" },
        { "/api/v1/alerts/backtest", """{"conditions":[{"metric":"nope","comparator":"gt","threshold":1,"window_seconds":60}]}""", "conditions[0].metric" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"pigeon"}""", "kind" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"email","recipients":["not-an-address"]}""", "recipients" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"email"}""", "recipients" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"webhook","url":"https://10.0.0.1/hook"}""", "url" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"webhook","url":"ftp://example.com/hook"}""", "url" },
        { "/api/v1/alert-channels", """{"name":"m","kind":"webhook","url":"https://example.com/hook","recipients":["a@b.co"]}""", "recipients" },
        { "/api/v1/alert-silences", """{"reason":"x","ends_at":"2000-01-01T00:00:00Z"}""", "ends_at" },
        { "/api/v1/alert-silences", """{"ends_at":"2999-01-01T00:00:00Z"}""", "reason" },
        { "/api/v1/alert-silences", """{"reason":"x","ends_at":"2999-01-01T00:00:00Z","rule_id":"00000000-0000-0000-0000-000000000001"}""", "ends_at" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task Bad_input_is_a_400_that_names_the_field_and_writes_nothing(string url, string body, string field)
    {
        using var owner = await app.OwnerAsync();
        var before = (await owner.GetJsonAsync("/api/v1/audit?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        var response = await owner.PostAsync(url, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation", problem.ProblemType());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
        var after = (await owner.GetJsonAsync("/api/v1/audit?limit=1")).GetProperty("items")[0].GetProperty("id").GetString();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_rule_is_created_read_edited_with_if_match_and_deleted_and_each_change_is_audited()
    {
        using var owner = await app.OwnerAsync();
        var created = await owner.CreateRuleAsync(Rule("crud"));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("normal", created.GetProperty("state").GetString());
        Assert.Equal("all", created.GetProperty("match").GetString());

        var stale = await owner.PatchAsJsonAsync($"/api/v1/alerts/{id}", new { name = "renamed" }, "\"7\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var renamed = await (await owner.PatchAsJsonAsync($"/api/v1/alerts/{id}", new { name = "renamed", for_seconds = 120 }, "\"1\""))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, renamed.GetProperty("version").GetInt32());
        Assert.Equal(120, renamed.GetProperty("for_seconds").GetInt32());
        Assert.Equal("gt", renamed.GetProperty("conditions")[0].GetProperty("comparator").GetString());

        // The same values again change nothing: no version, no audit entry.
        var same = await (await owner.PatchAsJsonAsync($"/api/v1/alerts/{id}", new { name = "renamed" }, null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, same.GetProperty("version").GetInt32());
        var bad = await owner.PatchAsJsonAsync($"/api/v1/alerts/{id}", new { conditions = Array.Empty<object>() }, null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        Assert.Contains((await owner.GetJsonAsync("/api/v1/alerts")).GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/alerts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/alerts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/api/v1/alerts/{id}/history")).StatusCode);

        var audit = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&limit=50")).GetProperty("items").EnumerateArray()
            .Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["alert.deleted", "alert.updated", "alert.created"], audit);
    }

    [Fact]
    public async Task A_webhook_channel_secret_is_shown_once_and_deleting_a_channel_takes_it_out_of_its_rules()
    {
        using var owner = await app.OwnerAsync();
        var created = await (await owner.PostAsJsonAsync("/api/v1/alert-channels", new { name = "hook", kind = "webhook", url = "https://example.com/h" }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var channel = created.GetProperty("channel").GetProperty("id").GetGuid();
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret[6..], await (await owner.GetAsync("/api/v1/alert-channels")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rule = (await owner.CreateRuleAsync(new { name = "with channel", conditions = new[] { AlertsKit.Condition("requests", "gt", 1) }, channel_ids = new[] { channel } }))
            .GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/alert-channels/{channel}")).StatusCode);
        Assert.Empty((await owner.GetJsonAsync($"/api/v1/alerts/{rule}")).GetProperty("channel_ids").EnumerateArray());
    }

    [Fact]
    public async Task Silences_are_listed_until_they_end_and_can_be_ended_early()
    {
        using var owner = await app.OwnerAsync();
        var silence = await (await owner.PostAsJsonAsync("/api/v1/alert-silences", new { reason = "deploy", ends_at = app.Clock.GetUtcNow().AddMinutes(5) }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var id = silence.GetProperty("id").GetGuid();
        Assert.Contains((await owner.GetJsonAsync("/api/v1/alert-silences")).GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/alert-silences/{id}")).StatusCode);
        Assert.DoesNotContain((await owner.GetJsonAsync("/api/v1/alert-silences")).GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.DeleteAsync($"/api/v1/alert-silences/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_metric_catalogue_comes_from_the_metrics_port()
    {
        using var owner = await app.OwnerAsync();
        var catalogue = await owner.GetJsonAsync("/api/v1/alerts/metrics");
        Assert.Equal(app.Metrics.Metrics, catalogue.GetProperty("metrics").EnumerateArray().Select(m => m.GetString()!));
        Assert.Equal((int)app.Metrics.MaxWindow.TotalSeconds, catalogue.GetProperty("max_window_seconds").GetInt32());
    }

    [Fact]
    public async Task A_member_with_alerts_manage_may_manage_rules_and_one_without_it_may_not()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("alerter");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 40, permissions = new[] { "alerts.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (alerter, _, _) = await app.MemberAsync(role);
        await alerter.CreateRuleAsync(Rule("by a member"));
        var (staff, _, _) = await app.MemberAsync("staff");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/alerts", Rule())).StatusCode);
    }
}

public sealed class AlertsApiTests_Sqlite(AlertsSqliteApp app) : AlertsApiTests<AlertsSqliteApp>(app);

public sealed class AlertsApiTests_Postgres(AlertsPostgresApp app) : AlertsApiTests<AlertsPostgresApp>(app);
