namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>Wakes the notification worker when notices are queued, and tells observers (the panel, tests) each attempt's outcome.</summary>
public sealed class NotificationSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Raised after an attempt's outcome is committed.</summary>
    public event Action<AlertNotification>? AttemptRecorded;

    public void Recorded(AlertNotification notice) => AttemptRecorded?.Invoke(notice);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <summary>Waits for new work or for the next retry to fall due on the domain clock (tests move a fake one).</summary>
    public async Task WaitAsync(TimeSpan? due, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // The short real-time re-scan catches a fake clock moved while this wait was being set up.
        var waits = new List<Task> { _signal.WaitAsync(cts.Token), Task.Delay(TimeSpan.FromSeconds(1), cts.Token) };
        if (due is { } d) waits.Add(Task.Delay(d < TimeSpan.Zero ? TimeSpan.Zero : d, time, cts.Token));
        await Task.WhenAny(waits);
        await cts.CancelAsync();
    }
}
