using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>
/// The 15-minute tier: quarters folded from their minutes answer steps of 15 minutes with the very points the
/// minutes give (counters, rates, gauges and merged latency histograms), the current quarter still from its minutes.
/// Its own fixture: the test relies on no 15-minute row existing before it folds.
/// </summary>
public abstract class QuarterRollupTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    private static DateTime Floor(DateTime t, TimeSpan unit) => new(t.Ticks - t.Ticks % unit.Ticks, DateTimeKind.Utc);

    /// <summary>A minute of requests on alternating roles, with latencies and 5xx that differ from minute to minute.</summary>
    private static WindowAccumulator Minute(DateTime start)
    {
        var minute = new WindowAccumulator(start, TimeSpan.FromMinutes(1));
        var requests = 3 + start.Minute % 5;
        for (var i = 0; i < requests; i++)
            minute.Record(new RawEvent
            {
                Type = ServerEventTypes.Request,
                Source = EventSources.Server,
                ReceivedAt = start,
                Route = "GET /api/v1/users",
                Status = i < start.Minute % 3 ? 503 : 200,
                DurationMs = 10 * (1 + start.Minute % 4) + 7 * i,
                Role = (start.Minute + i) % 2 == 0 ? "member" : "moderator",
                Region = "unknown",
                Device = "unknown",
                Version = "unknown",
            });
        minute.Totals.ActiveUsers = requests;
        return minute;
    }

    [Fact]
    public async Task Fifteen_minute_steps_read_folded_quarters_and_give_the_points_of_the_minutes_including_the_current_quarter()
    {
        var writer = app.Service<RollupWriter>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var current = Floor(now, Quarter);
        var from = current - 3 * Quarter;
        var to = Floor(now, TimeSpan.FromMinutes(1)).AddMinutes(1);
        var missing = current.AddMinutes(-1); // the server was down when the third quarter ended: its last minute never closed
        for (var t = from; t < to; t = t.AddMinutes(1))
            if (t != missing && t != current) await writer.WriteMinuteAsync(Minute(t), default);
        await writer.CompactQuarterAsync(from, default);
        await writer.CompactQuarterAsync(from + Quarter, default);
        await writer.CompactQuarterAsync(from + Quarter, default); // folding twice changes nothing
        // The next minute stored (the current quarter's first) folds the third quarter, whose last minute never came.
        await writer.StoreAsync(Minute(current), default);

        string[] metrics = [AnalyticsMetrics.Requests, AnalyticsMetrics.Errors5xx, AnalyticsMetrics.ErrorRate5xx, AnalyticsMetrics.ActiveUsers,
            AnalyticsMetrics.LatencyP50, AnalyticsMetrics.LatencyP95, AnalyticsMetrics.LatencyP99];
        MetricSegment?[] segments = [null, new("role", "member"), new("role", "moderator")];
        async Task<List<IReadOnlyList<MetricPoint>>> ReadAllAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var reader = scope.ServiceProvider.GetRequiredService<IMetricReader>();
            var all = new List<IReadOnlyList<MetricPoint>>();
            foreach (var metric in metrics)
                foreach (var segment in segments) all.Add(await reader.ReadSeriesAsync(metric, from, to, Quarter, segment, default));
            return all;
        }
        async Task<int> DeleteAsync(int resolution, DateTime before)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            return await db.Set<Rollup>().Where(r => r.ResolutionSeconds == resolution && r.Bucket >= from && r.Bucket < before).ExecuteDeleteAsync();
        }

        var fromQuarters = await ReadAllAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
            var quarters = await db.Set<Rollup>().Where(r => r.ResolutionSeconds == StoredMetrics.Quarter && r.Metric == AnalyticsMetrics.Requests
                && r.Dimension == "").OrderBy(r => r.Bucket).ToListAsync();
            Assert.Equal([from, from + Quarter, from + 2 * Quarter], quarters.Select(q => q.Bucket));
            Assert.Equal(fromQuarters[0].Take(3).Select(p => p.Value), quarters.Select(q => (double?)q.Total));
        }
        Assert.All(fromQuarters, points => Assert.Equal(4, points.Count));
        Assert.All(fromQuarters[0], p => Assert.True(p.Samples > 0)); // every quarter, the current one too, has requests

        // Without the 15-minute tier (as for data stored before it existed) the minutes answer: the same points.
        Assert.True(await DeleteAsync(StoredMetrics.Quarter, to) > 0);
        Assert.Equal(fromQuarters, await ReadAllAsync());

        // Folded again, the quarters alone answer: without their minutes the points stay the same (a quarter
        // that ended less than a minute ago is still read from its minutes, so those stay).
        foreach (var quarter in new[] { from, from + Quarter, from + 2 * Quarter }) await writer.CompactQuarterAsync(quarter, default);
        Assert.True(await DeleteAsync(StoredMetrics.Minute, Floor(app.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1), Quarter)) > 0);
        Assert.Equal(fromQuarters, await ReadAllAsync());
    }
}

public sealed class QuarterRollupTests_Sqlite(AnalyticsSqliteApp app) : QuarterRollupTests<AnalyticsSqliteApp>(app);

public sealed class QuarterRollupTests_Postgres(AnalyticsPostgresApp app) : QuarterRollupTests<AnalyticsPostgresApp>(app);
