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

    /// <summary>
    /// Waits for new work or for the next retry to fall due on the domain clock (tests move a fake one). With nothing
    /// pending (<paramref name="due"/> null), new work wakes it (the alert evaluator signals the notices it queues, on
    /// the node that runs this worker), or a re-scan once a minute for what another node left pending before this one
    /// took over. A re-scan every second even then cost two database queries a second for nothing (~5 ms of CPU at the
    /// same moment of every second, in a profile of the presence bench).
    /// </summary>
    public async Task WaitAsync(TimeSpan? due, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // With a retry pending, the short real-time re-scan catches a fake clock moved while this wait was being set up.
        var waits = new List<Task> { _signal.WaitAsync(cts.Token), Task.Delay(due is null ? IdleRescan : TimeSpan.FromSeconds(1), cts.Token) };
        if (due is { } d) waits.Add(Task.Delay(d < TimeSpan.Zero ? TimeSpan.Zero : d, time, cts.Token));
        await Task.WhenAny(waits);
        await cts.CancelAsync();
    }

    /// <summary>How often an idle worker looks for pending notices nobody signalled.</summary>
    public static readonly TimeSpan IdleRescan = TimeSpan.FromMinutes(1);
}
