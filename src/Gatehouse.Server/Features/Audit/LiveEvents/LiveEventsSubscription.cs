using System.Threading.Channels;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>
/// One connection following the <c>events</c> topic: a bounded queue drained by its own loop, so a
/// slow client holds up nobody. A client that lets the queue fill is dropped (it resubscribes and
/// reads what it missed from the audit log).
/// </summary>
public sealed class LiveEventsSubscription : ILiveSubscription
{
    public const int QueueLimit = 1024;

    private readonly Channel<DomainEvent> _queue = Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(QueueLimit) { SingleReader = true });
    private readonly IHubContext<LiveHub> _hub;
    private readonly List<Action> _whenEnded = [];
    private int _ended;

    public LiveEventsSubscription(LiveSubscriber subscriber, EventsFilter filter, IHubContext<LiveHub> hub)
    {
        Subscriber = subscriber;
        Filter = filter;
        _hub = hub;
        _ = Task.Run(PumpAsync);
    }

    public LiveSubscriber Subscriber { get; }

    public EventsFilter Filter { get; }

    public async Task OfferAsync(DomainEvent evt)
    {
        if (!_queue.Writer.TryWrite(evt)) await EndAsync(LiveProtocol.ReasonSlowConsumer);
    }

    public async Task EndAsync(string reason)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0) return;
        _queue.Writer.TryComplete();
        List<Action> callbacks;
        lock (_whenEnded) callbacks = [.. _whenEnded];
        foreach (var callback in callbacks) callback();
        if (reason == LiveProtocol.ReasonSlowConsumer)
        {
            Subscriber.Context.Abort();
            return;
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _hub.Clients.Client(Subscriber.ConnectionId).SendAsync(LiveProtocol.EndedMethod, new SubscriptionEnded(EventsTopic.TopicName, reason), timeout.Token);
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

    private async Task PumpAsync()
    {
        var batch = new List<DomainEvent>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < 100 && _queue.Reader.TryRead(out var evt)) batch.Add(evt);
                await _hub.Clients.Client(Subscriber.ConnectionId).SendAsync(LiveProtocol.EventsMethod,
                    new LiveBatch<DomainEvent>(EventsTopic.TopicName, batch.ToArray()));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            await EndAsync(LiveProtocol.ReasonUnsubscribed);
        }
    }
}
