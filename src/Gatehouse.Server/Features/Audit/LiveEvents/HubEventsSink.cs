using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>The <c>events</c> topic on <c>/hubs/live</c>.</summary>
public sealed class HubEventsSink(LiveSubscriber subscriber, IHubContext<LiveHub> hub) : IEventsSink
{
    public Guid UserId => subscriber.UserId;

    public Task SendAsync(DomainEvent[] batch) =>
        hub.Clients.Client(subscriber.ConnectionId).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<DomainEvent>(EventsTopic.TopicName, batch));

    public async Task SendEndedAsync(string reason)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await hub.Clients.Client(subscriber.ConnectionId).SendAsync(LiveProtocol.EndedMethod, new SubscriptionEnded(EventsTopic.TopicName, reason), timeout.Token);
    }

    public void Abort() => subscriber.Context.Abort();
}
