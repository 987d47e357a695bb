namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// The live windows as they close: the latest and recent ones of each interval, and a follow-able
/// stream. A follower that does not keep up loses its oldest windows, never slows the aggregator.
/// </summary>
public interface IAnalyticsWindowFeed
{
    /// <summary>The last closed window of <paramref name="interval"/>, or null before the first one closed.</summary>
    AnalyticsWindow? Latest(string interval);

    /// <summary>Recently closed windows of <paramref name="interval"/>, oldest first (a bounded number).</summary>
    IReadOnlyList<AnalyticsWindow> Recent(string interval);

    /// <summary>
    /// Every window of <paramref name="interval"/> that closes from now on, until <paramref name="ct"/> is cancelled;
    /// with <paramref name="progress"/> also the open window so far (<see cref="AnalyticsWindow.Open"/>) several times a second.
    /// </summary>
    IAsyncEnumerable<AnalyticsWindow> FollowAsync(string interval, CancellationToken ct, bool progress = false);
}
