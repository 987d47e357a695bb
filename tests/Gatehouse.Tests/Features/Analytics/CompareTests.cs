using System.Net;
using System.Text.Json;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using MathNet.Numerics;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>A/B comparison of two segments: values and significance checked against figures computed here another way.</summary>
public abstract class CompareTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static string Iso(DateTime t) => Uri.EscapeDataString(t.ToString("O"));

    private async Task SeedAsync(string version, int requests, int errors, double baseMs, int converters, int starters, DateTime at)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        RawEvent Event(string type, Guid? user, string source = EventSources.Server) => new()
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Source = source,
            UserId = user,
            OccurredAt = at,
            ReceivedAt = at,
            Role = "member",
            Region = "unknown",
            Device = "web",
            Version = version,
        };
        for (var i = 0; i < requests; i++)
        {
            var e = Event(ServerEventTypes.Request, Guid.CreateVersion7());
            e.Route = "GET /api/v1/users";
            e.Status = i < errors ? 503 : 200;
            e.DurationMs = baseMs + i % 20;
            db.Add(e);
        }
        for (var i = 0; i < starters; i++)
        {
            var user = Guid.CreateVersion7();
            var start = Event("checkout_started", user, EventSources.Sdk);
            start.SessionId = $"s{user:N}"[..20];
            db.Add(start);
            if (i < converters)
            {
                var done = Event("checkout_done", user, EventSources.Sdk);
                done.SessionId = start.SessionId;
                done.OccurredAt = at.AddSeconds(30 + i % 10);
                db.Add(done);
            }
        }
        // A member who "converted" before starting does not count.
        var early = Guid.CreateVersion7();
        var before = Event("checkout_done", early, EventSources.Sdk);
        before.OccurredAt = at.AddMinutes(-5);
        db.Add(before);
        var after = Event("checkout_started", early, EventSources.Sdk);
        db.Add(after);
        await db.SaveChangesAsync();
    }

    /// <summary>The two-sided p-value of a 2×2 table by the chi-square statistic (equal to z² of the pooled z-test).</summary>
    private static double ChiSquareP(long hitsA, long nA, long hitsB, long nB)
    {
        double a = hitsA, b = nA - hitsA, c = hitsB, d = nB - hitsB, n = nA + nB;
        var chi = n * Math.Pow(a * d - b * c, 2) / ((a + b) * (c + d) * (a + c) * (b + d));
        return SpecialFunctions.Erfc(Math.Sqrt(chi / 2));
    }

    private static JsonElement MetricOf(JsonElement body, string name) =>
        body.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Two_client_versions_are_compared_with_the_difference_and_a_significance_test()
    {
        var at = app.Clock.GetUtcNow().UtcDateTime.AddHours(-1);
        await SeedAsync("1.0.0", requests: 200, errors: 10, baseMs: 20, converters: 10, starters: 40, at);
        await SeedAsync("2.0.0", requests: 200, errors: 30, baseMs: 80, converters: 25, starters: 40, at);
        using var owner = await app.OwnerAsync();
        var body = await owner.GetJsonAsync($"/api/v1/analytics/compare?dimension=version&a=1.0.0&b=2.0.0" +
            $"&from={Iso(at.AddHours(-1))}&to={Iso(at.AddHours(1))}&conversion_from=checkout_started&conversion_to=checkout_done");

        var errors = MetricOf(body, "error_rate_5xx");
        Assert.Equal(0.05, errors.GetProperty("a").GetDouble(), 9);
        Assert.Equal(0.15, errors.GetProperty("b").GetDouble(), 9);
        Assert.Equal(200, errors.GetProperty("samples_a").GetInt64());
        var test = errors.GetProperty("test");
        Assert.Equal("two_proportion_z", test.GetProperty("method").GetString());
        Assert.Equal(ChiSquareP(10, 200, 30, 200), test.GetProperty("p_value").GetDouble(), 6);
        Assert.True(test.GetProperty("significant").GetBoolean());

        var conversion = MetricOf(body, "conversion_rate");
        Assert.Equal(41, conversion.GetProperty("samples_a").GetInt64()); // 40 starters and the one who finished first
        Assert.Equal(10.0 / 41, conversion.GetProperty("a").GetDouble(), 9);
        Assert.Equal(25.0 / 41, conversion.GetProperty("b").GetDouble(), 9);
        Assert.Equal(ChiSquareP(10, 41, 25, 41), conversion.GetProperty("test").GetProperty("p_value").GetDouble(), 6);

        // Latencies differ by 60 ms at every rank: the bootstrap interval of the median difference excludes 0.
        var median = MetricOf(body, "latency_p50");
        Assert.Equal(60, median.GetProperty("difference").GetDouble(), 6);
        var interval = median.GetProperty("test");
        Assert.Equal("bootstrap", interval.GetProperty("method").GetString());
        Assert.True(interval.GetProperty("low").GetDouble() > 0);
        Assert.True(interval.GetProperty("significant").GetBoolean());

        // Sessions: converters' spans are 30–39 s, everyone else's 0 s.
        var sessions = MetricOf(body, "session_length_mean");
        Assert.Equal(40, sessions.GetProperty("samples_a").GetInt64());
        var expectedA = Enumerable.Range(0, 10).Sum(i => 30 + i % 10) / 40.0;
        Assert.Equal(expectedA, sessions.GetProperty("a").GetDouble(), 6);
        Assert.Equal(241, MetricOf(body, "active_users").GetProperty("a").GetDouble());
    }

    [Fact]
    public async Task Equal_segments_are_not_called_different_and_small_samples_are_not_tested()
    {
        var at = app.Clock.GetUtcNow().UtcDateTime.AddHours(-2);
        await SeedAsync("3.0.0", requests: 300, errors: 15, baseMs: 40, converters: 5, starters: 10, at);
        await SeedAsync("3.0.1", requests: 300, errors: 15, baseMs: 40, converters: 5, starters: 10, at);
        using var owner = await app.OwnerAsync();
        var body = await owner.GetJsonAsync($"/api/v1/analytics/compare?a=3.0.0&b=3.0.1&from={Iso(at.AddMinutes(-10))}&to={Iso(at.AddMinutes(10))}" +
            "&conversion_from=checkout_started&conversion_to=checkout_done");
        var errors = MetricOf(body, "error_rate_5xx").GetProperty("test");
        Assert.False(errors.GetProperty("significant").GetBoolean());
        Assert.Equal(1, errors.GetProperty("p_value").GetDouble(), 9);
        Assert.False(MetricOf(body, "latency_p95").GetProperty("test").GetProperty("significant").GetBoolean());
        Assert.Equal("too_few_samples", MetricOf(body, "conversion_rate").GetProperty("test").GetProperty("method").GetString());
    }

    [Fact]
    public async Task Requests_carry_the_client_version_header_into_the_version_segment()
    {
        using var owner = await app.OwnerAsync();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/roles");
            request.Headers.Add("X-Client-Version", "7.7.7-beta");
            await (await owner.SendAsync(request)).ShouldBeAsync(HttpStatusCode.OK);
        }
        await app.DrainedAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var body = await owner.GetJsonAsync($"/api/v1/analytics/compare?a=7.7.7-beta&b=7.7.8&from={Iso(now.AddMinutes(-1))}&to={Iso(now.AddMinutes(1))}");
        Assert.Equal(3, MetricOf(body, "error_rate_5xx").GetProperty("samples_a").GetInt64());
        Assert.Equal(0, MetricOf(body, "error_rate_5xx").GetProperty("samples_b").GetInt64());
        Assert.Equal(JsonValueKind.Null, MetricOf(body, "error_rate_5xx").GetProperty("b").ValueKind);
    }

    [Theory]
    [InlineData("dimension=endpoint&a=x&b=y", "dimension")]
    [InlineData("a=1.0&b=1.0", "b")]
    [InlineData("b=1.0", "a")]
    [InlineData("a=1.0&b=2.0&conversion_from=start", "conversion_to")]
    [InlineData("a=1.0&b=2.0&from=2020-01-01T00:00:00Z&to=2020-03-01T00:00:00Z", "from")]
    public async Task Bad_questions_are_refused_naming_the_parameter(string query, string field)
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.GetAsync($"/api/v1/analytics/compare?{query}")).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

public sealed class CompareTests_Sqlite(AnalyticsSqliteApp app) : CompareTests<AnalyticsSqliteApp>(app);

public sealed class CompareTests_Postgres(AnalyticsPostgresApp app) : CompareTests<AnalyticsPostgresApp>(app);
