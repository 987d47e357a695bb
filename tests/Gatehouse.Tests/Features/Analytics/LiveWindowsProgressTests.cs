using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>The open windows pushed between closes, and where an event lands when the ticker is late.</summary>
public sealed class LiveWindowsProgressTests
{
    private static readonly DateTimeOffset Start = LiveWindowsTests.Start;

    private static (LiveWindows Windows, OpenSessions Sessions, FakeTimeProvider Clock) Make() => LiveWindowsTests.Make();

    private static RawEvent Sdk(string type, Guid? user = null) => new()
    {
        Id = Guid.NewGuid(),
        Type = type,
        Source = EventSources.Sdk,
        UserId = user,
        Role = "member",
        Region = "unknown",
        Device = "desktop",
        Version = "1.0.0",
    };

    private static async Task<AnalyticsWindow> NextAsync(IAsyncEnumerator<AnalyticsWindow> reader)
    {
        Assert.True(await reader.MoveNextAsync());
        return reader.Current;
    }

    [Fact]
    public async Task Progress_followers_get_the_open_window_so_far_then_its_close_and_other_followers_only_the_close()
    {
        var (windows, _, clock) = Make();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var progress = windows.FollowAsync(AnalyticsIntervals.OneSecond, stop.Token, progress: true).GetAsyncEnumerator(stop.Token);
        await using var closedOnly = windows.FollowAsync(AnalyticsIntervals.OneSecond, stop.Token).GetAsyncEnumerator(stop.Token);

        clock.Advance(TimeSpan.FromMilliseconds(120));
        var receivedAt = windows.RecordReceived([Sdk("probe"), Sdk("probe"), Sdk("other")]);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, receivedAt);
        clock.Advance(TimeSpan.FromMilliseconds(130));
        windows.PublishProgress();

        var open = await NextAsync(progress);
        Assert.True(open.Open);
        Assert.Equal(Start.UtcDateTime.AddMilliseconds(250), open.Through);
        Assert.True(open.Through > receivedAt);
        Assert.Equal(2, open.EventTypes["probe"]);
        Assert.Equal(3, open.Totals.Events);
        Assert.Equal(Start.UtcDateTime.AddSeconds(1), open.End);

        windows.RecordReceived([Sdk("probe")]);
        clock.Advance(TimeSpan.FromMilliseconds(750));
        Assert.Equal(1, windows.Tick(clock.GetUtcNow().UtcDateTime));

        var closed = await NextAsync(progress);
        Assert.False(closed.Open);
        Assert.Null(closed.Through);
        Assert.Equal(open.Sequence, closed.Sequence);
        Assert.Equal(3, closed.EventTypes["probe"]);
        var first = await NextAsync(closedOnly);
        Assert.False(first.Open);
        Assert.Equal(closed.Sequence, first.Sequence);
    }

    [Fact]
    public async Task A_follower_that_left_or_never_asked_for_progress_gets_no_open_window()
    {
        var (windows, _, clock) = Make();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var closedOnly = windows.FollowAsync(AnalyticsIntervals.OneSecond, stop.Token).GetAsyncEnumerator(stop.Token);
        using var left = new CancellationTokenSource();
        _ = windows.FollowAsync(AnalyticsIntervals.OneSecond, left.Token, progress: true);
        await left.CancelAsync();
        windows.RecordReceived([Sdk("probe")]);
        clock.Advance(TimeSpan.FromMilliseconds(500));
        windows.PublishProgress();
        clock.Advance(TimeSpan.FromMilliseconds(500));
        windows.Tick(clock.GetUtcNow().UtcDateTime);

        var first = await NextAsync(closedOnly); // the close, with nothing open before it
        Assert.False(first.Open);
        Assert.Equal(1, first.EventTypes["probe"]);
    }

    [Fact]
    public void An_event_received_after_its_second_ended_lands_in_the_next_second_even_before_the_ticker_runs()
    {
        var (windows, _, clock) = Make();
        windows.RecordReceived([Sdk("early")]);
        clock.Advance(TimeSpan.FromMilliseconds(1001)); // the ticker is late: the second ended a millisecond ago
        var receivedAt = windows.RecordReceived([Sdk("late")]);
        Assert.Equal(1, windows.Tick(clock.GetUtcNow().UtcDateTime));
        var first = windows.Latest(AnalyticsIntervals.OneSecond)!;
        Assert.True(first.End <= receivedAt);
        Assert.Equal(1, first.EventTypes["early"]);
        Assert.False(first.EventTypes.ContainsKey("late"));

        clock.Advance(TimeSpan.FromSeconds(1));
        windows.Tick(clock.GetUtcNow().UtcDateTime);
        var second = windows.Latest(AnalyticsIntervals.OneSecond)!;
        Assert.True(second.Start <= receivedAt && receivedAt < second.End);
        Assert.Equal(1, second.EventTypes["late"]);
    }

    [Fact]
    public async Task The_open_five_second_window_adds_its_closed_seconds_to_the_open_one_with_the_last_sampled_gauges()
    {
        var (windows, sessions, clock) = Make();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var five = windows.FollowAsync(AnalyticsIntervals.FiveSeconds, stop.Token, progress: true).GetAsyncEnumerator(stop.Token);
        var member = Guid.NewGuid();
        sessions.Opened(member, "web");
        for (var second = 0; second < 3; second++)
        {
            windows.RecordReceived([Sdk("tick", member)]);
            clock.Advance(TimeSpan.FromSeconds(1));
            windows.Tick(clock.GetUtcNow().UtcDateTime);
        }
        windows.RecordReceived([Sdk("tick", member), Sdk("tick", member)]);
        sessions.Closed(member, "web"); // after the last close: the open window still shows the sampled gauge
        clock.Advance(TimeSpan.FromMilliseconds(500));
        windows.PublishProgress();

        var open = await NextAsync(five);
        Assert.True(open.Open);
        Assert.Equal(Start.UtcDateTime, open.Start);
        Assert.Equal(Start.UtcDateTime.AddSeconds(5), open.End);
        Assert.Equal(5, open.EventTypes["tick"]);
        Assert.Equal(1, open.Totals.Sessions);
        Assert.Equal(1, open.Totals.ActiveUsers);
        Assert.Equal(1, open.Segments["device"]["web"].Sessions);
    }

    [Theory]
    [InlineData(250, 250)]
    [InlineData(300, 250)] // a whole fraction of a second, so steps land on the boundaries
    [InlineData(100, 100)]
    [InlineData(0, 1000)] // no progress: a wake per second
    [InlineData(5000, 1000)]
    public void The_ticker_steps_in_whole_fractions_of_a_second(int everyMs, int stepMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(stepMs), WindowTicker.Step(TimeSpan.FromMilliseconds(everyMs)));

    [Theory]
    [InlineData(100, 152)]
    [InlineData(252, 250)]
    [InlineData(999, 3)]
    [InlineData(0, 252)]
    public void The_ticker_wakes_just_after_the_next_step(int intoSecondMs, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs),
            WindowTicker.UntilNextStep(Start.AddMilliseconds(intoSecondMs), TimeSpan.FromMilliseconds(250)));
}
