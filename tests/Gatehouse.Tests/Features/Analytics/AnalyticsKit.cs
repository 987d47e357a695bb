using System.Net.Http.Json;
using Gatehouse.Server.Features.Analytics.Capture;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>Analytics on real Kestrel with a fake clock: windows close when the test moves time, never on their own.</summary>
public class AnalyticsSqliteApp : LiveSqliteApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => AnalyticsKit.With(base.ExtraSettings, Settings);

    protected virtual IReadOnlyDictionary<string, string?> Settings => AnalyticsKit.DefaultSettings;
}

public class AnalyticsPostgresApp : LivePostgresApp
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => AnalyticsKit.With(base.ExtraSettings, Settings);

    protected virtual IReadOnlyDictionary<string, string?> Settings => AnalyticsKit.DefaultSettings;
}

public static class AnalyticsKit
{
    public static readonly IReadOnlyDictionary<string, string?> DefaultSettings = new Dictionary<string, string?>
    {
        ["Analytics:MaxBatchEvents"] = "50",
        ["Analytics:MaxBatchBytes"] = "16384",
        ["Analytics:MaxPropsBytes"] = "256",
        ["Analytics:EventsPerMinutePerSource"] = "120",
    };

    public static IReadOnlyDictionary<string, string?> With(IReadOnlyDictionary<string, string?> a, IReadOnlyDictionary<string, string?> b)
    {
        var all = new Dictionary<string, string?>(a);
        foreach (var (k, v) in b) all[k] = v;
        return all;
    }

    public static Task<HttpResponseMessage> SendEventsAsync(this HttpClient client, object batch) =>
        client.PostAsJsonAsync("/api/v1/analytics/events", batch);

    /// <summary>Waits until every captured event is in the database.</summary>
    public static Task DrainedAsync(this ILiveApp app) => app.Service<RawEventQueue>().WhenDrainedAsync().WaitAsync(LiveClients.Timeout);

    /// <summary>
    /// Moves the fake clock to the end of the current second and returns the 1 s window that closes
    /// (the ticker wakes on the clock; the window is awaited, not polled).
    /// </summary>
    public static async Task<AnalyticsWindow> CloseSecondAsync(this ILiveApp app, string interval = AnalyticsIntervals.OneSecond)
    {
        var feed = app.Service<IAnalyticsWindowFeed>();
        using var cts = new CancellationTokenSource(LiveClients.Timeout);
        await using var windows = feed.FollowAsync(interval, cts.Token).GetAsyncEnumerator(cts.Token);
        var next = windows.MoveNextAsync().AsTask();
        // The ticker re-arms its fake-clock timer on a pool thread after each tick; an advance made
        // before it re-armed goes unseen (it happened at a loaded suite's start). So the clock moves
        // on to the next boundary again, a second at a time, until the window closes.
        while (true)
        {
            var now = app.Clock.GetUtcNow();
            app.Clock.Advance(TimeSpan.FromMilliseconds(1000 - now.Millisecond + 5));
            if (await Task.WhenAny(next, Task.Delay(TimeSpan.FromMilliseconds(500), CancellationToken.None)) == next || cts.IsCancellationRequested) break;
        }
        Assert.True(await next);
        return windows.Current;
    }
}
