using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>
/// Public site keys: an admin creates and rotates them; anonymous visitors' events go in with one, on
/// the ingest endpoint only, within the key's own events-per-minute budget.
/// </summary>
public abstract class SiteKeyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly object Fifty = new { events = Enumerable.Range(0, 50).Select(i => new { type = "page_view", session_id = "v" + i }).ToArray() };

    private HttpClient Visitor(string key)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Site-Key", key);
        return client;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient owner, object body) =>
        await (await owner.PostAsJsonAsync("/api/v1/analytics/site-keys", body)).ShouldBeAsync(HttpStatusCode.Created);

    [Fact]
    public async Task A_site_key_sends_anonymous_events_and_is_audited_and_listed()
    {
        using var owner = await app.OwnerAsync();
        var created = await CreateAsync(owner, new { name = "Shop front" });
        var key = created.GetProperty("key").GetString()!;
        Assert.StartsWith("gh_site_", key, StringComparison.Ordinal);
        Assert.Equal(120, created.GetProperty("events_per_minute").GetInt32()); // the per-source default

        using var visitor = Visitor(key);
        var response = await visitor.PostAsJsonAsync("/api/v1/analytics/events", new { events = new[] { new { type = "signup.viewed", session_id = "anon-1" } } });
        await response.ShouldBeAsync(HttpStatusCode.Accepted);
        await app.DrainedAsync();
        var from = Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(-1).UtcDateTime.ToString("O"));
        var to = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(1).UtcDateTime.ToString("O"));
        var rows = (await owner.GetJsonAsync($"/api/v1/analytics/events?format=json&type=signup.viewed&from={from}&to={to}")).EnumerateArray().ToList();
        var row = Assert.Single(rows, r => r.GetProperty("session_id").GetString() == "anon-1");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("user_id").ValueKind);
        Assert.Equal("anonymous", row.GetProperty("role").GetString());

        var list = await owner.GetJsonAsync("/api/v1/analytics/site-keys");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), k => k.GetProperty("key").GetString() == key);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={created.GetProperty("id").GetString()}&action=analytics.site_key_created");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_site_key_opens_no_other_endpoint()
    {
        using var owner = await app.OwnerAsync();
        var key = (await CreateAsync(owner, new { name = "Blog" })).GetProperty("key").GetString()!;
        using var visitor = Visitor(key);
        foreach (var path in new[] { "/api/v1/users", "/api/v1/auth/me", "/api/v1/analytics/consent", "/api/v1/analytics/site-keys" })
        {
            var refused = await (await visitor.GetAsync(path)).ShouldBeAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("POST /api/v1/analytics/events", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        await (await visitor.PostAsJsonAsync("/api/v1/analytics/site-keys", new { name = "escalate" })).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_rotated_or_deleted_key_is_refused_at_once_and_the_new_one_works()
    {
        using var owner = await app.OwnerAsync();
        var created = await CreateAsync(owner, new { name = "Forum" });
        var id = created.GetProperty("id").GetString();
        var old = created.GetProperty("key").GetString()!;
        var rotated = await (await owner.PostAsync($"/api/v1/analytics/site-keys/{id}/rotate", null)).ShouldBeAsync(HttpStatusCode.OK);
        var fresh = rotated.GetProperty("key").GetString()!;
        Assert.NotEqual(old, fresh);

        var one = new { events = new[] { new { type = "page_view" } } };
        using (var stale = Visitor(old))
        {
            var refused = await (await stale.PostAsJsonAsync("/api/v1/analytics/events", one)).ShouldBeAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("site key", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var current = Visitor(fresh)) await (await current.PostAsJsonAsync("/api/v1/analytics/events", one)).ShouldBeAsync(HttpStatusCode.Accepted);

        await (await owner.DeleteAsync($"/api/v1/analytics/site-keys/{id}")).ShouldBeAsync(HttpStatusCode.NoContent);
        using var deleted = Visitor(fresh);
        await (await deleted.PostAsJsonAsync("/api/v1/analytics/events", one)).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await owner.DeleteAsync($"/api/v1/analytics/site-keys/{id}")).ShouldBeAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_key_has_its_own_budget_with_429_and_retry_after()
    {
        using var owner = await app.OwnerAsync();
        var tight = (await CreateAsync(owner, new { name = "Tight", events_per_minute = 100 })).GetProperty("key").GetString()!;
        var other = (await CreateAsync(owner, new { name = "Other" })).GetProperty("key").GetString()!;
        using var visitor = Visitor(tight);
        await (await visitor.PostAsJsonAsync("/api/v1/analytics/events", Fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
        await (await visitor.PostAsJsonAsync("/api/v1/analytics/events", Fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
        var limited = await visitor.PostAsJsonAsync("/api/v1/analytics/events", Fifty);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("rate-limited", (await limited.ShouldBeAsync(HttpStatusCode.TooManyRequests)).ProblemType());
        using var second = Visitor(other);
        await (await second.PostAsJsonAsync("/api/v1/analytics/events", Fifty)).ShouldBeAsync(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Bad_input_is_named_and_an_edit_that_changes_nothing_is_not_audited()
    {
        using var owner = await app.OwnerAsync();
        var noName = await (await owner.PostAsJsonAsync("/api/v1/analytics/site-keys", new { events_per_minute = 5 })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(noName.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(noName.GetProperty("errors").TryGetProperty("events_per_minute", out _));
        var created = await CreateAsync(owner, new { name = "Same", events_per_minute = 600 });
        var id = created.GetProperty("id").GetString();
        await (await owner.PatchAsJsonAsync($"/api/v1/analytics/site-keys/{id}", new { name = "Same", events_per_minute = 600 })).ShouldBeAsync(HttpStatusCode.OK);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&action=analytics.site_key_updated");
        Assert.Equal(0, audit.GetProperty("items").GetArrayLength());
        var changed = await (await owner.PatchAsJsonAsync($"/api/v1/analytics/site-keys/{id}", new { events_per_minute = 900 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(900, changed.GetProperty("events_per_minute").GetInt32());
        audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&action=analytics.site_key_updated");
        Assert.Equal(1, audit.GetProperty("items").GetArrayLength());
    }
}

public sealed class SiteKeyTests_Sqlite(AnalyticsSqliteApp app) : SiteKeyTests<AnalyticsSqliteApp>(app);

public sealed class SiteKeyTests_Postgres(AnalyticsPostgresApp app) : SiteKeyTests<AnalyticsPostgresApp>(app);
