namespace Gatehouse.Server.Features.Webhooks;

/// <summary>Wakes the delivery worker when there is new work (a delivery added, retried, a send finished).</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Raised after an attempt's outcome is committed (delivery id); lets observers and tests follow the worker.</summary>
    public event Action<Guid>? AttemptRecorded;

    public void Recorded(Guid deliveryId) => AttemptRecorded?.Invoke(deliveryId);

    /// <summary>Raised after an event was queued for (or coalesced into) deliveries (event type).</summary>
    public event Action<string>? EventQueued;

    public void Queued(string eventType) => EventQueued?.Invoke(eventType);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <summary>
    /// Waits for a signal, for <paramref name="due"/> to pass on the domain clock (retries run on
    /// it, so tests move a fake clock), or for a short real-time re-scan that catches a clock moved
    /// while the wait was being set up.
    /// </summary>
    public async Task WaitAsync(TimeSpan? due, TimeProvider time, TimeSpan rescan, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var waits = new List<Task> { _signal.WaitAsync(cts.Token), Task.Delay(rescan, cts.Token) };
        if (due is { } d) waits.Add(Task.Delay(d < TimeSpan.Zero ? TimeSpan.Zero : d, time, cts.Token));
        await Task.WhenAny(waits);
        await cts.CancelAsync();
    }
}
