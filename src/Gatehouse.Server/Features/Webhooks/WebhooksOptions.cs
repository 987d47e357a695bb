namespace Gatehouse.Server.Features.Webhooks;

/// <summary>The <c>Gatehouse:Webhooks</c> section.</summary>
public sealed class WebhooksOptions
{
    public const string Section = "Gatehouse:Webhooks";

    /// <summary>Development only: allow http:// and loopback addresses (127.0.0.1, ::1, localhost). Private networks stay refused.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Waits before each retry (Svix's schedule); the first attempt is immediate. ±<see cref="Jitter"/> is applied.</summary>
    public TimeSpan[] RetrySchedule { get; set; } =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>Fraction of each wait added or removed at random, so failing endpoints are not retried in lockstep.</summary>
    public double Jitter { get; set; } = 0.1;

    /// <summary>A webhook failing without a single success for this long is disabled (and audited).</summary>
    public TimeSpan DisableAfter { get; set; } = TimeSpan.FromDays(5);

    /// <summary><c>status.changed</c> events of one member within this window go out as one delivery (the latest).</summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries per second per webhook unless the webhook sets its own cap.</summary>
    public int DefaultMaxPerSecond { get; set; } = 20;

    /// <summary>Most deliveries a webhook sends in a row before their outcomes are committed together.</summary>
    public int RunLength { get; set; } = 50;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Bytes of the receiver's answer kept in the delivery log.</summary>
    public int ResponseBodyCap { get; set; } = 4096;

    /// <summary>How long the previous secret keeps signing after a rotation when the request names no overlap.</summary>
    public TimeSpan DefaultSecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Finished deliveries (succeeded or failed) older than this leave the delivery log; pending ones stay.</summary>
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per transaction, so writers wait at most one small batch.</summary>
    public int PruneBatch { get; set; } = 500;
}
