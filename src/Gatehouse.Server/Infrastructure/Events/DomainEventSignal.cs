using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>"Events were committed": one wake-up per listener, coalesced (ten commits while a listener is busy make one wake-up).</summary>
public sealed class DomainEventSignal
{
    private readonly ConcurrentBag<Channel<bool>> _listeners = [];
    private long _lastNotified;

    /// <summary>
    /// When the latest commit was announced (a <see cref="Stopwatch"/> timestamp; 0 before the first). Announced after its
    /// commit, so a read that starts later sees it and every commit announced before: a listener that emptied its
    /// wake-ups and then takes this knows which reads are new enough for it (<see cref="OutboxTail"/>).
    /// </summary>
    public long LastNotified => Volatile.Read(ref _lastNotified);

    public ChannelReader<bool> Listen()
    {
        var channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        _listeners.Add(channel);
        return channel.Reader;
    }

    public void Notify()
    {
        // Stamped before the wake-ups, and never backwards when two commits announce at once: a listener that finds its
        // wake-up must find a stamp at least as new as that commit.
        var now = Stopwatch.GetTimestamp();
        for (var seen = LastNotified; seen < now; seen = LastNotified)
            if (Interlocked.CompareExchange(ref _lastNotified, now, seen) == seen) break;
        foreach (var listener in _listeners) listener.Writer.TryWrite(true);
    }
}
