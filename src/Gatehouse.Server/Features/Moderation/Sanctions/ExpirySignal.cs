namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>Wakes the expirer when a timed sanction is applied, so it re-reads the next due time.</summary>
public sealed class ExpirySignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { } // already awake-pending: one wake is enough
    }

    public Task WaitAsync(CancellationToken ct) => _wake.WaitAsync(ct);
}
