namespace Gatehouse.Server.Infrastructure.Events;

/// <summary><c>Gatehouse:Events</c>: delivery of the outbox to subscribers.</summary>
public sealed class EventsOptions
{
    public const string Section = "Gatehouse:Events";

    /// <summary>Off only for tests that need events to stay undelivered (the crash test).</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How long delivered events stay in the outbox (webhooks replay from it).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Commits on this node wake the dispatcher at once; this re-scan catches commits made by
    /// other nodes or by a transaction the signal missed.
    /// </summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>First wait after a subscriber fails; doubles on each failure up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryMin { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 200;
}
