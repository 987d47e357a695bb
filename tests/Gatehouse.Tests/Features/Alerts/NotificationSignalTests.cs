using Gatehouse.Server.Features.Alerts.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>
/// The notification worker's wait: new work wakes it at once; a pending retry wakes it when it falls due on the domain
/// clock; with nothing pending it stays asleep (no database pass a second) until signalled or the idle re-scan.
/// </summary>
public sealed class NotificationSignalTests
{
    [Fact]
    public async Task With_nothing_pending_only_new_work_wakes_the_worker()
    {
        var signal = new NotificationSignal();
        var clock = new FakeTimeProvider();
        var wait = signal.WaitAsync(null, clock, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1)); // the domain clock has nothing to wake it for
        Assert.False(wait.IsCompleted);
        signal.Notify();
        await wait.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_pending_retry_wakes_the_worker_when_it_falls_due()
    {
        var signal = new NotificationSignal();
        var clock = new FakeTimeProvider();
        var wait = signal.WaitAsync(TimeSpan.FromHours(1), clock, CancellationToken.None);
        Assert.False(wait.IsCompleted);
        clock.Advance(TimeSpan.FromHours(1));
        await wait.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_signal_given_while_the_worker_was_busy_is_kept_for_its_next_wait()
    {
        var signal = new NotificationSignal();
        signal.Notify();
        signal.Notify(); // twice is once
        await signal.WaitAsync(null, new FakeTimeProvider(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        var next = signal.WaitAsync(null, new FakeTimeProvider(), CancellationToken.None);
        Assert.False(next.IsCompleted);
        signal.Notify();
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
