using System.Collections.Concurrent;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>The live hub's subscriptions on this node, one per connection and topic.</summary>
public sealed class LiveSubscriptions
{
    private readonly ConcurrentDictionary<(string ConnectionId, string Topic), ILiveSubscription> _byKey = new();

    public void Add(string connectionId, string topic, ILiveSubscription subscription)
    {
        _byKey[(connectionId, topic)] = subscription;
        subscription.OnEnded(() => _byKey.TryRemove(KeyValuePair.Create((connectionId, topic), subscription)));
    }

    public async Task EndAsync(string connectionId, string topic)
    {
        if (_byKey.TryGetValue((connectionId, topic), out var subscription)) await subscription.EndAsync(LiveProtocol.ReasonUnsubscribed);
    }

    public async Task EndConnectionAsync(string connectionId)
    {
        foreach (var ((id, _), subscription) in _byKey)
            if (id == connectionId) await subscription.EndAsync(LiveProtocol.ReasonUnsubscribed);
    }
}
