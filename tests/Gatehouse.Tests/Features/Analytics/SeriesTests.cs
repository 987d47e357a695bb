using System.Net;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>Rollups as stored by the writer, read back as series, per segment and beside the previous day or week.</summary>
public abstract class SeriesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static DateTime Floor(DateTimeOffset t, TimeSpan unit) => new(t.UtcTicks - t.UtcTicks % unit.Ticks, DateTimeKind.Utc);

    /// <summary>A minute with <paramref name="requests"/> requests of which <paramref name="errors"/> failed, on one endpoint and role.</summary>
    private static WindowAccumulator Minute(DateTime start, int requests, int errors, double baseMs, string role)
    {
        var minute = new WindowAccumulator(start, TimeSpan.FromMinutes(1));
        for (var i = 0; i < requests; i++)
            minute.Record(new RawEvent
            {
                Type = ServerEventTypes.Request,
                Source = EventSources.Server,
                ReceivedAt = start,
                Route = "GET /api/v1/users",
                Status = i < errors ? 503 : 200,
                DurationMs = baseMs + i,
                Role = role,
                Region = "unknown",
                Device = "unknown",
                Version = "unknown",
            });
        minute.Totals.ActiveUsers = requests;
        return minute;
    }

    [Fact]
    public async Task A_series_adds_minutes_into_steps_per_segment_and_overlays_the_previous_day()
    {
        var writer = app.Service<RollupWriter>();
        var today = Floor(app.Clock.GetUtcNow().AddHours(-3), TimeSpan.FromHours(1));
        for (var m = 0; m < 10; m++)
        {
            await writer.WriteMinuteAsync(Minute(today.AddMinutes(m), 10 + m, m % 2, 5, "moderator"), default);
            await writer.WriteMinuteAsync(Minute(today.AddDays(-1).AddMinutes(m), 4, 1, 50, "member"), default);
        }
        using var owner = await app.OwnerAsync();
        string Url(string metric, string extra = "") =>
            $"/api/v1/analytics/series?metric={metric}&from={Iso(today)}&to={Iso(today.AddMinutes(10))}&step=5m{extra}";

        var requests = await owner.GetJsonAsync(Url("requests", "&compare=previous_day"));
        var points = requests.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(Enumerable.Range(0, 5).Sum(m => 10 + m), points[0].GetProperty("value").GetDouble());
        Assert.Equal(Enumerable.Range(5, 5).Sum(m => 10 + m), points[1].GetProperty("value").GetDouble());
        var earlier = requests.GetProperty("compare").GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(today, earlier[0].GetProperty("at").GetDateTime().ToUniversalTime());
        Assert.Equal(20, earlier[0].GetProperty("value").GetDouble());

        var rate = await owner.GetJsonAsync(Url("error_rate_5xx"));
        var first = rate.GetProperty("points")[0];
        Assert.Equal(2 / (double)Enumerable.Range(0, 5).Sum(m => 10 + m), first.GetProperty("value").GetDouble(), 9);
        Assert.Equal(Enumerable.Range(0, 5).Sum(m => 10 + m), first.GetProperty("samples").GetInt64());

        // p95 from the stored histograms against the reference of the same latencies.
        var latencies = Enumerable.Range(0, 5).SelectMany(m => Enumerable.Range(0, 10 + m).Select(i => 5.0 + i)).Order().ToList();
        var p95 = (await owner.GetJsonAsync(Url("latency_p95"))).GetProperty("points")[0].GetProperty("value").GetDouble();
        var expected = latencies[(int)(0.95 * latencies.Count + 0.5) - 1];
        Assert.InRange(p95, expected * 0.99, expected * 1.01);

        var moderators = await owner.GetJsonAsync(Url("requests", "&segment=role:moderator"));
        Assert.Equal(points[0].GetProperty("value").GetDouble(), moderators.GetProperty("points")[0].GetProperty("value").GetDouble());
        var members = await owner.GetJsonAsync(Url("requests", "&segment=role:member"));
        Assert.Equal(0, members.GetProperty("points")[0].GetProperty("value").GetDouble());
        var endpoint = await owner.GetJsonAsync(Url("requests", "&segment=" + Uri.EscapeDataString("endpoint:GET /api/v1/users")));
        Assert.Equal(points[0].GetProperty("value").GetDouble(), endpoint.GetProperty("points")[0].GetProperty("value").GetDouble());
        var gauge = await owner.GetJsonAsync(Url("active_users"));
        Assert.Equal(Enumerable.Range(0, 5).Average(m => 10 + m), gauge.GetProperty("points")[0].GetProperty("value").GetDouble(), 9);
    }

    [Fact]
    public async Task Whole_hours_are_folded_into_hour_rollups_that_answer_hourly_steps_and_last_week_comparisons()
    {
        var writer = app.Service<RollupWriter>();
        var hour = Floor(app.Clock.GetUtcNow().AddDays(-2), TimeSpan.FromHours(1));
        foreach (var start in new[] { hour, hour.AddDays(-7) })
        {
            for (var m = 0; m < 60; m += 15) await writer.WriteMinuteAsync(Minute(start.AddMinutes(m), start == hour ? 8 : 2, 1, 10, "member"), default);
            await writer.CompactHourAsync(start, default);
            await writer.CompactHourAsync(start, default); // folding twice changes nothing
        }
        using var owner = await app.OwnerAsync();
        var series = await owner.GetJsonAsync(
            $"/api/v1/analytics/series?metric=errors_5xx&from={Iso(hour)}&to={Iso(hour.AddHours(1))}&step=1h&compare=previous_week");
        Assert.Equal(4, series.GetProperty("points")[0].GetProperty("value").GetDouble());
        Assert.Equal(4, series.GetProperty("compare").GetProperty("points")[0].GetProperty("value").GetDouble());
        var rate = await owner.GetJsonAsync($"/api/v1/analytics/series?metric=error_rate_5xx&from={Iso(hour)}&to={Iso(hour.AddHours(1))}&step=1h");
        Assert.Equal(4 / 32.0, rate.GetProperty("points")[0].GetProperty("value").GetDouble(), 9);
    }

    [Theory]
    [InlineData("metric=nope", "metric")]
    [InlineData("metric=requests&step=30s", "step")]
    [InlineData("metric=requests&segment=color:red", "segment")]
    [InlineData("metric=requests&compare=previous_year", "compare")]
    [InlineData("metric=requests&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("metric=requests&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&step=1m", "step")]
    public async Task Bad_series_queries_are_a_400_naming_the_parameter(string query, string field)
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.GetAsync("/api/v1/analytics/series?" + query)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_metric_reader_reads_the_same_rollups_for_alerts_and_backtests()
    {
        var hour = Floor(app.Clock.GetUtcNow().AddDays(-4), TimeSpan.FromHours(1));
        await app.Service<RollupWriter>().WriteMinuteAsync(Minute(hour, 6, 3, 1, "staff"), default);
        await using var scope = app.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<IMetricReader>();
        var points = await reader.ReadSeriesAsync(AnalyticsMetrics.ErrorRate5xx, hour, hour.AddMinutes(2), TimeSpan.FromMinutes(1), new MetricSegment("role", "staff"), default);
        Assert.Equal(0.5, points[0].Value);
        Assert.Equal(6, points[0].Samples);
        Assert.Null(points[1].Value);
        Assert.Equal(0, points[1].Samples);
    }

    private static string Iso(DateTime t) => Uri.EscapeDataString(t.ToString("O"));
}

public sealed class SeriesTests_Sqlite(AnalyticsSqliteApp app) : SeriesTests<AnalyticsSqliteApp>(app);

public sealed class SeriesTests_Postgres(AnalyticsPostgresApp app) : SeriesTests<AnalyticsPostgresApp>(app);
