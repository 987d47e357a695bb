using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>Delivers an observer's batches to one live-hub connection.</summary>
public sealed class LiveHubPresenceSink(IHubContext<LiveHub> hub, string connectionId, HubCallerContext context) : IPresenceBatchSink
{
    // The write completes only once SignalR's buffer for the connection has room, so a consumer
    // that does not read makes this task wait: that is what the observer's timeout measures.
    public Task SendAsync(IReadOnlyList<(long Position, PresenceUpdate Event)> events, CancellationToken ct)
    {
        // A plain array: this runs for every change and every observer watching it.
        var updates = new PresenceUpdate[events.Count];
        for (var i = 0; i < updates.Length; i++) updates[i] = events[i].Event;
        return hub.Clients.Client(connectionId).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<PresenceUpdate>(PresenceTopic.TopicName, updates), ct);
    }

    public Task KeepAliveAsync(CancellationToken ct) => Task.CompletedTask; // the hub pings on its own (HubKeepAlive)

    public Task EndAsync(string reason, CancellationToken ct) =>
        hub.Clients.Client(connectionId).SendAsync(LiveProtocol.EndedMethod, new SubscriptionEnded(PresenceTopic.TopicName, reason), ct);

    public void Abort() => context.Abort();
}
