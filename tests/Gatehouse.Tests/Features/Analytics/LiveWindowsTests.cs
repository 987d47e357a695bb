using System.Net;
using Gatehouse.Server.Features.Analytics;
using Gatehouse.Server.Features.Analytics.Capture;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Queries;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>The live windows against a reference computed here from the same events (sorted arrays, the slow honest way).</summary>
public sealed class LiveWindowsTests
{
    internal static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    internal static (LiveWindows Windows, OpenSessions Sessions, FakeTimeProvider Clock) Make()
    {
        var clock = new FakeTimeProvider(Start);
        var sessions = new OpenSessions();
        return (new LiveWindows(clock, sessions, Options.Create(new AnalyticsOptions())), sessions, clock);
    }

    private static RawEvent Request(DateTime at, string route, int status, double ms, string role = "member", Guid? user = null) => new()
    {
        Id = Guid.NewGuid(),
        Type = ServerEventTypes.Request,
        Source = EventSources.Server,
        UserId = user,
        ReceivedAt = at,
        OccurredAt = at,
        Route = route,
        Status = status,
        DurationMs = ms,
        Role = role,
        Region = "unknown",
        Device = "unknown",
        Version = "unknown",
    };

    /// <summary>HdrHistogram's percentile definition (rank = p × n rounded), on a sorted list; the histogram approximates it to two significant digits.</summary>
    private static double Reference(List<double> sorted, double percentile) => sorted[Math.Max(0, (int)(percentile / 100 * sorted.Count + 0.5) - 1)];

    [Fact]
    public async Task A_follower_joins_when_it_asks_so_a_window_closing_before_its_first_read_still_reaches_it()
    {
        // The stream and the live topic follow, then read the recent windows, then start reading the
        // follow: a window closing in between must be in the follow (it was lost when joining waited for the first read).
        var (windows, _, clock) = Make();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var follow = windows.FollowAsync(AnalyticsIntervals.OneSecond, stop.Token);
        windows.Record(Request(Start.UtcDateTime, "GET /a", 200, 5));
        clock.Advance(TimeSpan.FromSeconds(1));
        windows.Tick(clock.GetUtcNow().UtcDateTime);
        var closed = Assert.Single(windows.Recent(AnalyticsIntervals.OneSecond));

        await using var reader = follow.GetAsyncEnumerator(stop.Token);
        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(closed.Sequence, reader.Current.Sequence);
        Assert.Equal(1, reader.Current.Totals.Requests);
    }

    [Fact]
    public void Seconds_five_seconds_and_minutes_match_a_reference_for_counts_error_shares_and_percentiles()
    {
        var (windows, _, clock) = Make();
        var random = new Random(42);
        var closed = new Dictionary<string, List<AnalyticsWindow>>();
        foreach (var interval in AnalyticsIntervals.All) closed[interval] = [];
        var perSecond = new List<List<(double Ms, int Status, string Route)>>();
        for (var second = 0; second < 60; second++)
        {
            var at = Start.UtcDateTime.AddSeconds(second);
            var events = new List<(double, int, string)>();
            for (var i = 0; i < 200 + random.Next(200); i++)
            {
                // A long-tailed latency distribution and a few errors, over two endpoints.
                var ms = Math.Round(Math.Exp(random.NextDouble() * 7) / 10, 3);
                var status = random.Next(100) switch { < 3 => 500, < 10 => 404, _ => 200 };
                var route = i % 3 == 0 ? "GET /api/v1/users" : "POST /api/v1/users";
                windows.Record(Request(at.AddMilliseconds(i % 1000), route, status, ms));
                events.Add((ms, status, route));
            }
            perSecond.Add(events);
            clock.Advance(TimeSpan.FromSeconds(1));
            windows.Tick(clock.GetUtcNow().UtcDateTime);
            foreach (var interval in AnalyticsIntervals.All)
                if (windows.Latest(interval) is { } w && (closed[interval].Count == 0 || closed[interval][^1].Sequence != w.Sequence)) closed[interval].Add(w);
        }

        Assert.Equal(60, closed[AnalyticsIntervals.OneSecond].Count);
        Assert.Equal(12, closed[AnalyticsIntervals.FiveSeconds].Count);
        Assert.Single(closed[AnalyticsIntervals.OneMinute]);

        void Check(AnalyticsWindow window, IEnumerable<(double Ms, int Status, string Route)> reference)
        {
            var all = reference.ToList();
            var sorted = all.Select(e => e.Ms).Order().ToList();
            Assert.Equal(all.Count, window.Totals.Requests);
            Assert.Equal(all.Count(e => e.Status >= 500), window.Totals.Errors5xx);
            Assert.Equal(all.Count(e => e.Status is >= 400 and < 500), window.Totals.Errors4xx);
            Assert.Equal(all.Count(e => e.Status >= 500) / (double)all.Count, window.Totals.ErrorRate5xx!.Value, 9);
            foreach (var (p, actual) in new[] { (50.0, window.Totals.LatencyP50), (95.0, window.Totals.LatencyP95), (99.0, window.Totals.LatencyP99) })
            {
                var expected = Reference(sorted, p);
                // Two significant digits: within 1 % of the true value (plus the 1 µs unit).
                Assert.InRange(actual!.Value, expected * 0.99 - 0.001, expected * 1.01 + 0.001);
            }
            var users = window.Endpoints.Single(e => e.Endpoint == "GET /api/v1/users");
            Assert.Equal(all.Count(e => e.Route == "GET /api/v1/users"), users.Count);
        }

        for (var s = 0; s < 60; s++) Check(closed[AnalyticsIntervals.OneSecond][s], perSecond[s]);
        for (var f = 0; f < 12; f++) Check(closed[AnalyticsIntervals.FiveSeconds][f], perSecond.Skip(f * 5).Take(5).SelectMany(x => x));
        Check(closed[AnalyticsIntervals.OneMinute][0], perSecond.SelectMany(x => x));
        Assert.Equal(Start.UtcDateTime, closed[AnalyticsIntervals.OneMinute][0].Start);
    }

    [Fact]
    public void Gauges_count_distinct_active_members_open_sessions_and_online_members_per_segment()
    {
        var (windows, sessions, clock) = Make();
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var now = Start.UtcDateTime;
        windows.Record(Request(now, "GET /x", 200, 1, "moderator", a));
        windows.Record(Request(now, "GET /x", 200, 1, "moderator", a));
        windows.Record(Request(now, "GET /x", 200, 1, "member", b));
        sessions.Opened(a, "web");
        sessions.Opened(a, "mobile");
        sessions.Opened(b, "web");
        sessions.Closed(b, "web");
        clock.Advance(TimeSpan.FromSeconds(1));
        windows.Tick(clock.GetUtcNow().UtcDateTime);
        var w = windows.Latest(AnalyticsIntervals.OneSecond)!;
        Assert.Equal(2, w.Totals.ActiveUsers);
        Assert.Equal(1, w.Segments["role"]["moderator"].ActiveUsers);
        Assert.Equal(2, w.Totals.Sessions);
        Assert.Equal(1, w.Totals.OnlineNow);
        Assert.Equal(1, w.Segments["device"]["mobile"].Sessions);

        // Five minutes later nobody was seen again: no longer active.
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        windows.Tick(clock.GetUtcNow().UtcDateTime);
        Assert.Equal(0, windows.Latest(AnalyticsIntervals.OneSecond)!.Totals.ActiveUsers);
        Assert.Equal(2, windows.Latest(AnalyticsIntervals.OneSecond)!.Totals.Sessions);

        // A second session on the same platform counts as a session, not as another member; closing one of the two
        // keeps the member online there; a close that matches no open session changes nothing.
        sessions.Opened(a, "web");
        sessions.Opened(a, "web");
        sessions.Closed(a, "web");
        sessions.Closed(b, "web");
        sessions.Closed(b, "desktop");
        clock.Advance(TimeSpan.FromSeconds(1));
        windows.Tick(clock.GetUtcNow().UtcDateTime);
        var later = windows.Latest(AnalyticsIntervals.OneSecond)!;
        Assert.Equal((3, 1), (later.Totals.Sessions, later.Totals.OnlineNow));
        Assert.Equal((2, 1), (later.Segments["device"]["web"].Sessions, later.Segments["device"]["web"].OnlineNow));
        Assert.Equal((1, 1), (later.Segments["device"]["mobile"].Sessions, later.Segments["device"]["mobile"].OnlineNow));
    }

    [Fact]
    public void Addresses_are_truncated_to_their_network_before_storage()
    {
        Assert.Equal("203.0.113.0", ClientContext.Truncate(IPAddress.Parse("203.0.113.77")).ToString());
        Assert.Equal("2001:db8:abcd::", ClientContext.Truncate(IPAddress.Parse("2001:db8:abcd:12:3456:789a:bcde:f012")).ToString());
    }

    [Fact]
    public void The_latency_histogram_survives_its_storage_encoding()
    {
        var h = new LatencyHistogram();
        foreach (var ms in new[] { 0.2, 1.5, 3, 3, 40, 999, 12_000 }) h.Record(ms);
        var back = LatencyHistogram.Decode(h.Encode());
        Assert.Equal(h.Count, back.Count);
        Assert.Equal(h.TotalMs, back.TotalMs, 6);
        foreach (var p in new[] { 10.0, 50, 90, 99, 100 }) Assert.Equal(h.PercentileMs(p), back.PercentileMs(p));
    }

    [Fact]
    public void Steps_are_whole_minutes()
    {
        Assert.Equal(TimeSpan.FromMinutes(5), GetSeries.ParseStep("5m"));
        Assert.Equal(TimeSpan.FromDays(1), GetSeries.ParseStep("1d"));
        Assert.Null(GetSeries.ParseStep("30s"));
        Assert.Null(GetSeries.ParseStep("0m"));
        Assert.Null(GetSeries.ParseStep("99d"));
    }
}
