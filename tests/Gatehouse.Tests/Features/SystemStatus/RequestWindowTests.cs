using Gatehouse.Server.Features.SystemStatus;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.SystemStatus;

/// <summary>The five-minute window behind the System page's rate, error rate and p95.</summary>
public sealed class RequestWindowTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Rate_errors_and_p95_interpolated_within_the_bucket_like_histogram_quantile()
    {
        var window = new RequestWindow(_clock);
        // 90 fast requests (≤ 5 ms), 10 between 100 and 250 ms, 2 of them server errors.
        for (var i = 0; i < 90; i++) window.Record(0.004, 200);
        for (var i = 0; i < 8; i++) window.Record(0.2, 404);
        for (var i = 0; i < 2; i++) window.Record(0.2, 503);

        var stats = window.Summarise(TimeSpan.FromMinutes(10));
        Assert.Equal(100, stats.Count);
        Assert.Equal(100 / 300.0, stats.PerSecond, 3);
        Assert.Equal(0.02, stats.ErrorRate);
        // The 95th of 100 is the 5th of the 10 in (0.1, 0.25]: 100 + 150 × 5/10 = 175 ms.
        Assert.Equal(175, stats.P95Ms);
    }

    [Fact]
    public void A_young_server_divides_by_its_uptime_and_old_requests_leave_the_window()
    {
        var window = new RequestWindow(_clock);
        for (var i = 0; i < 30; i++) window.Record(0.01, 200);
        Assert.Equal(1, window.Summarise(TimeSpan.FromSeconds(30)).PerSecond);

        _clock.Advance(TimeSpan.FromMinutes(4));
        window.Record(0.01, 500);
        Assert.Equal(31, window.Summarise(TimeSpan.FromMinutes(4)).Count);

        _clock.Advance(TimeSpan.FromMinutes(1.5));
        var stats = window.Summarise(TimeSpan.FromMinutes(5.5));
        Assert.Equal(1, stats.Count);
        Assert.Equal(1, stats.ErrorRate);
    }

    [Fact]
    public void Without_requests_there_is_no_p95()
    {
        var stats = new RequestWindow(_clock).Summarise(TimeSpan.Zero);
        Assert.Equal(0, stats.Count);
        Assert.Null(stats.P95Ms);
        Assert.Equal(0, stats.ErrorRate);
    }
}
