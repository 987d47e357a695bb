using System.Collections.Concurrent;

namespace Gatehouse.Server.Features.Presence;

/// <summary>The live hub's subscriptions on this node, one per connection and topic.</summary>
public sealed class LiveSubscriptions(PresenceFanout fanout)
{
    private readonly ConcurrentDictionary<(string ConnectionId, string Topic), PresenceObserver> _byKey = new();

    /// <summary>Registers the observer and attaches it to the fan-out; a previous subscription to the topic ends.</summary>
    public async Task<long> AddAsync(string connectionId, string topic, PresenceObserver observer)
    {
        observer.Ended += o =>
        {
            fanout.Detach(o);
            _byKey.TryRemove(new KeyValuePair<(string, string), PresenceObserver>((connectionId, topic), o));
        };
        if (_byKey.TryRemove((connectionId, topic), out var previous)) await previous.EndAsync(PresenceObserver.ReasonUnsubscribed);
        _byKey[(connectionId, topic)] = observer;
        return fanout.Attach(observer);
    }

    public async Task RemoveAsync(string connectionId, string topic)
    {
        if (_byKey.TryGetValue((connectionId, topic), out var observer)) await observer.EndAsync(PresenceObserver.ReasonUnsubscribed);
    }

    public async Task RemoveConnectionAsync(string connectionId)
    {
        foreach (var ((id, _), observer) in _byKey)
            if (id == connectionId) await observer.EndAsync(PresenceObserver.ReasonUnsubscribed);
    }
}
