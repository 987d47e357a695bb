using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Analytics.Live;

/// <summary>
/// One connection following one interval: its own loop over <see cref="IAnalyticsWindowFeed.FollowAsync"/>
/// (a bounded queue that drops the oldest window), so a slow observer only loses its own stale windows.
/// </summary>
public sealed class AnalyticsSubscription : ILiveSubscription
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IHubContext<LiveHub> _hub;
    private readonly List<Action> _whenEnded = [];
    private int _ended;

    public AnalyticsSubscription(LiveSubscriber subscriber, IHubContext<LiveHub> hub)
    {
        Subscriber = subscriber;
        _hub = hub;
    }

    public LiveSubscriber Subscriber { get; }

    /// <summary>Joins the feed now (before the caller reads its snapshot), so no window closing in between is lost.</summary>
    public IAsyncEnumerable<AnalyticsWindow> Follow(IAnalyticsWindowFeed feed, string interval, bool progress) =>
        feed.FollowAsync(interval, _stop.Token, progress);

    /// <summary>Sends every window of <paramref name="windows"/> after sequence <paramref name="after"/> (the snapshot's last), and every open one.</summary>
    public void Start(IAsyncEnumerable<AnalyticsWindow> windows, string? dimension, long after) => _ = Task.Run(async () =>
    {
        try
        {
            await foreach (var window in windows.WithCancellation(_stop.Token))
            {
                if (window.Sequence <= after && !window.Open) continue;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                timeout.CancelAfter(TimeSpan.FromSeconds(10));
                await _hub.Clients.Client(Subscriber.ConnectionId).SendAsync(LiveProtocol.EventsMethod,
                    new LiveBatch<AnalyticsWindow>(AnalyticsTopic.TopicName, [AnalyticsProjection.For(window, dimension)]), timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            if (!_stop.IsCancellationRequested) await EndAsync(LiveProtocol.ReasonSlowConsumer);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            await EndAsync(LiveProtocol.ReasonSlowConsumer);
        }
    });

    public async Task EndAsync(string reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0) return;
        await _stop.CancelAsync();
        List<Action> callbacks;
        lock (_whenEnded) callbacks = [.. _whenEnded];
        foreach (var callback in callbacks) callback();
        if (reason == LiveProtocol.ReasonUnsubscribed) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _hub.Clients.Client(Subscriber.ConnectionId).SendAsync(LiveProtocol.EndedMethod,
                new SubscriptionEnded(AnalyticsTopic.TopicName, reason), timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // Best effort: the connection may be gone already.
        }
    }

    public void OnEnded(Action whenEnded)
    {
        lock (_whenEnded) _whenEnded.Add(whenEnded);
        if (Volatile.Read(ref _ended) != 0) whenEnded();
    }
}
