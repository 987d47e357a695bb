using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Analytics.Live;

/// <param name="Interval">1s (default), 5s or 1m.</param>
/// <param name="Segment">Keep only this segment dimension (role, region, device, version); all of them when absent.</param>
/// <param name="Progress">Also push the open window so far (<c>open: true</c>) several times a second, between closes.</param>
public sealed record AnalyticsFilter(string? Interval = null, string? Segment = null, bool? Progress = null);

/// <summary>What <c>subscribe("analytics")</c> answers: the recent windows, oldest first, and the sequence the stream continues after.</summary>
public sealed record AnalyticsSnapshot(string Topic, string Interval, IReadOnlyList<AnalyticsWindow> Recent, long Version);

/// <summary>
/// <c>subscribe("analytics", {interval, segment})</c> (analytics.read): every window of the interval
/// as it closes. The subscription joins the feed before the snapshot is read; windows already in the
/// snapshot are skipped by sequence, so nothing is lost or doubled.
/// </summary>
public sealed class AnalyticsTopic(IAnalyticsWindowFeed feed, AnalyticsAccessWatch watch, IHubContext<LiveHub> hub) : ILiveTopic
{
    public const string TopicName = "analytics";

    public string Name => TopicName;

    public string Permission => Permissions.AnalyticsRead;

    public Type FilterType => typeof(AnalyticsFilter);

    public Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        var f = (AnalyticsFilter?)filter ?? new AnalyticsFilter();
        var interval = f.Interval ?? AnalyticsIntervals.OneSecond;
        if (!AnalyticsIntervals.All.Contains(interval))
            throw new HubException(Messages.Get("live.filter", AnalyticsText.Get("interval.unknown", string.Join(", ", AnalyticsIntervals.All))));
        if (f.Segment is not null && !AnalyticsDimensions.Segments.Contains(f.Segment))
            throw new HubException(Messages.Get("live.filter", AnalyticsText.Get("dimension.unknown", string.Join(", ", AnalyticsDimensions.Segments))));

        var subscription = new AnalyticsSubscription(subscriber, hub);
        watch.Attach(subscription);
        var windows = subscription.Follow(feed, interval, f.Progress == true);
        var recent = feed.Recent(interval).Select(w => AnalyticsProjection.For(w, f.Segment)).ToList();
        var version = recent.Count == 0 ? 0 : recent[^1].Sequence;
        subscription.Start(windows, f.Segment, version);
        return Task.FromResult(new LiveTopicSubscription(new AnalyticsSnapshot(TopicName, interval, recent, version), subscription));
    }
}
