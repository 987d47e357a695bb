using System.Diagnostics;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Tests.Infrastructure.Events;

public sealed class DomainEventSignalTests
{
    [Fact]
    public void A_commit_is_stamped_when_announced_and_wakes_every_listener_once()
    {
        var signal = new DomainEventSignal();
        var (first, second) = (signal.Listen(), signal.Listen());
        Assert.Equal(0, signal.LastNotified);

        var before = Stopwatch.GetTimestamp();
        signal.Notify();
        signal.Notify(); // coalesced with the first for a listener that has not woken yet
        var stamped = signal.LastNotified;

        Assert.InRange(stamped, before, Stopwatch.GetTimestamp());
        foreach (var listener in new[] { first, second })
        {
            Assert.True(listener.TryRead(out _));
            Assert.False(listener.TryRead(out _));
        }
        signal.Notify();
        Assert.True(signal.LastNotified >= stamped);
    }
}
