using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// <c>/metrics</c> is Prometheus text that a parser accepts, holds the framework's and Gatehouse's
/// instruments under their declared types, moves with the traffic, and answers only to a caller
/// holding <c>settings.manage</c>. On real Kestrel (the request-duration histogram is recorded by the
/// hosting pipeline a real server runs) with an empty allowlist, so every scrape needs credentials;
/// <see cref="MetricsAllowlistTests{TApp}"/> covers the loopback allowlist.
/// </summary>
[Collection(OneHostAtATime.Name)]
public abstract class MetricsEndpointTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private const string RequestDuration = "http_server_request_duration_seconds";

    [Fact]
    public async Task A_scrape_parses_and_declares_the_instruments_with_their_types()
    {
        using var owner = await app.OwnerAsync();
        using var recorded = new RecordedRequests(app.Services);
        await owner.GetJsonAsync("/api/v1/users");
        await recorded.WaitForAsync("/api/v1/users/", 200);
        var metrics = await ScrapeAsync(owner);

        Assert.Equal("histogram", metrics.Types.GetValueOrDefault(RequestDuration));
        Assert.Equal("histogram", metrics.Types.GetValueOrDefault("gatehouse_db_command_duration_seconds"));
        Assert.Equal("gauge", metrics.Types.GetValueOrDefault("gatehouse_outbox_lag_seconds"));
        Assert.Equal("counter", metrics.Types.GetValueOrDefault("gatehouse_analytics_events_accepted_total"));
        // The runtime: GC, CPU, memory, thread pool.
        Assert.Equal("counter", metrics.Types.GetValueOrDefault("dotnet_gc_collections_total"));
        Assert.Equal("counter", metrics.Types.GetValueOrDefault("dotnet_process_cpu_time_seconds_total"));
        Assert.Equal("gauge", metrics.Types.GetValueOrDefault("dotnet_process_memory_working_set_bytes"));
        // The runtime's thread count is an up-down counter, which this exporter version writes as a counter with "_total".
        Assert.True(metrics.Types.ContainsKey("dotnet_thread_pool_thread_count_total"));

        // Request durations are per route and status; database commands per provider.
        Assert.Contains(metrics.Samples, s => s.Name == RequestDuration + "_count"
            && s.Labels.GetValueOrDefault("http_route") == "/api/v1/users/" && s.Labels.GetValueOrDefault("http_response_status_code") == "200");
        Assert.True(metrics.Sum("gatehouse_db_command_duration_seconds_count", ("db_system", app.IsPostgres ? "postgresql" : "sqlite")) > 0);
        // Every histogram's buckets end at +Inf with the same count as _count.
        var inf = metrics.Sum(RequestDuration + "_bucket", ("http_route", "/api/v1/users/"), ("le", "+Inf"));
        Assert.Equal(metrics.Sum(RequestDuration + "_count", ("http_route", "/api/v1/users/")), inf);
    }

    [Fact]
    public async Task The_request_duration_histogram_counts_each_request()
    {
        using var owner = await app.OwnerAsync();
        using (var warmUp = new RecordedRequests(app.Services))
        {
            await owner.GetJsonAsync("/api/v1/roles");
            await warmUp.WaitForAsync("/api/v1/roles/", 200);
        }
        var before = await ScrapeAsync(owner);

        using var recorded = new RecordedRequests(app.Services);
        for (var i = 0; i < 3; i++) await owner.GetJsonAsync("/api/v1/roles");
        await owner.GetAsync($"/api/v1/users/{Guid.NewGuid()}"); // a 404 is counted under its own status
        await recorded.WaitForAsync("/api/v1/roles/", 200, 3);
        await recorded.WaitForAsync("/api/v1/users/{id}", 404);

        var after = await ScrapeAsync(owner);
        Assert.Equal(3, Count(after, "/api/v1/roles/", "200") - Count(before, "/api/v1/roles/", "200"));
        Assert.Equal(1, Count(after, "/api/v1/users/{id}", "404") - Count(before, "/api/v1/users/{id}", "404"));
    }

    private static double Count(PrometheusText metrics, string route, string status) =>
        metrics.Sum(RequestDuration + "_count", ("http_route", route), ("http_response_status_code", status));

    [Fact]
    public async Task Without_the_permission_the_scrape_is_refused()
    {
        using var anonymous = app.CreateClient();
        var unauthorized = await anonymous.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal("application/problem+json", unauthorized.Content.Headers.ContentType?.MediaType);

        var (guest, _, _) = await app.MemberAsync("guest");
        var forbidden = await guest.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("settings.manage", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("http_server", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_key_with_settings_manage_may_scrape()
    {
        using var owner = await app.OwnerAsync();
        var created = await (await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = Api.Unique("scraper"), scopes = new[] { "settings.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        using var scraper = app.CreateClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("key").GetString());
        using var recorded = new RecordedRequests(app.Services);
        await scraper.GetAsync("/metrics");
        await recorded.WaitForAsync("/metrics", 200);
        var metrics = await ScrapeAsync(scraper);
        Assert.True(metrics.Has(RequestDuration + "_count"), "Not scraped: " + string.Join(", ", metrics.Types.Keys));
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/metrics");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/metrics: {(int)response.StatusCode} {body}");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(body);
    }
}

/// <summary>No network is allowed without credentials: the permission rule is what these tests check.</summary>
internal static class CredentialsOnly
{
    public static IReadOnlyDictionary<string, string?> With(IReadOnlyDictionary<string, string?> settings) =>
        new Dictionary<string, string?>(settings) { ["Gatehouse:Observability:MetricsAllowedNetworks"] = "" };
}

public sealed class CredentialedMetricsSqliteApp : LiveSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => CredentialsOnly.With(base.ExtraSettings);
}

public sealed class CredentialedMetricsPostgresApp : LivePostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => CredentialsOnly.With(base.ExtraSettings);
}

public sealed class MetricsEndpointTests_Sqlite(CredentialedMetricsSqliteApp app) : MetricsEndpointTests<CredentialedMetricsSqliteApp>(app);

public sealed class MetricsEndpointTests_Postgres(CredentialedMetricsPostgresApp app) : MetricsEndpointTests<CredentialedMetricsPostgresApp>(app);

/// <summary>On a real socket: a scraper on loopback needs no credentials, unless the request came through an untrusted proxy.</summary>
[Collection(OneHostAtATime.Name)]
public abstract class MetricsAllowlistTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_loopback_scraper_needs_no_credentials_but_a_proxied_request_does()
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        using (var recorded = new RecordedRequests(app.Services))
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/metrics")).StatusCode);
            await recorded.WaitForAsync("/metrics", 200);
        }
        var local = await http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", await local.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(proxied)).StatusCode);
    }
}

public sealed class MetricsAllowlistTests_Sqlite(LiveSqliteApp app) : MetricsAllowlistTests<LiveSqliteApp>(app);

public sealed class MetricsAllowlistTests_Postgres(LivePostgresApp app) : MetricsAllowlistTests<LivePostgresApp>(app);

/// <summary>
/// The exporter listens to meters by name, process-wide: a server has one host per process, but the
/// test run has dozens side by side, and the exporter of one would bind the hosting histogram of
/// another (and lose it when that host stops). Scrape tests run alone, after the parallel ones, so the
/// host they scrape is the only one, as in production.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneHostAtATime
{
    public const string Name = "metrics: one host at a time";
}
