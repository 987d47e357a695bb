using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// A connection's membership of a topic's SignalR group, for topics whose events every subscriber
/// receives alike (human-paced streams: alerts, reports). Ending it leaves the group and says why.
/// </summary>
public sealed class GroupSubscription(LiveSubscriber subscriber, IHubContext<LiveHub> hub, string topic, string group) : ILiveSubscription
{
    private readonly List<Action> _whenEnded = [];
    private int _ended;

    public LiveSubscriber Subscriber { get; } = subscriber;

    public async Task EndAsync(string reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0) return;
        List<Action> callbacks;
        lock (_whenEnded) callbacks = [.. _whenEnded];
        foreach (var callback in callbacks) callback();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await hub.Groups.RemoveFromGroupAsync(Subscriber.ConnectionId, group, timeout.Token);
            if (reason != LiveProtocol.ReasonUnsubscribed)
                await hub.Clients.Client(Subscriber.ConnectionId).SendAsync(LiveProtocol.EndedMethod, new SubscriptionEnded(topic, reason), timeout.Token);
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
