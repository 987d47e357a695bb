using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>"Events were committed": one wake-up per listener, coalesced (ten commits while a listener is busy make one wake-up).</summary>
public sealed class DomainEventSignal
{
    private readonly ConcurrentBag<Channel<bool>> _listeners = [];

    public ChannelReader<bool> Listen()
    {
        var channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        _listeners.Add(channel);
        return channel.Reader;
    }

    public void Notify()
    {
        foreach (var listener in _listeners) listener.Writer.TryWrite(true);
    }
}
