namespace Gatehouse.Server.Features.Analytics;

/// <summary>The <c>Analytics</c> configuration section; every value has a default that works with no configuration.</summary>
public sealed class AnalyticsOptions
{
    public const string Section = "Analytics";

    /// <summary>When true, events from a member are refused until the member recorded consent (<c>POST /analytics/consent</c>).</summary>
    public bool RequireConsent { get; set; }

    /// <summary>Truncate client addresses (IPv4 to /24, IPv6 to /48) before anything is stored.</summary>
    public bool AnonymizeIp { get; set; } = true;

    /// <summary>A MaxMind GeoIP2/GeoLite2 country or city <c>.mmdb</c> file; without one every region is <c>unknown</c>.</summary>
    public string? GeoIpDatabase { get; set; }

    /// <summary>How long raw events are kept.</summary>
    public TimeSpan RawRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long the rollups are kept, 1-minute, 15-minute and 1-hour alike (13 months).</summary>
    public TimeSpan RollupRetention { get; set; } = TimeSpan.FromDays(396);

    /// <summary>How often old events and rollups are pruned.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per pruning transaction, so a writer never waits long behind the pruner.</summary>
    public int PruneChunk { get; set; } = 5000;

    /// <summary>Events per ingest batch.</summary>
    public int MaxBatchEvents { get; set; } = 500;

    /// <summary>Bytes of one ingest request body.</summary>
    public int MaxBatchBytes { get; set; } = 256 * 1024;

    /// <summary>Bytes of one event's <c>props</c> once serialized.</summary>
    public int MaxPropsBytes { get; set; } = 2048;

    /// <summary>Events one source (member) may send per minute; the bucket refills continuously.</summary>
    public int EventsPerMinutePerSource { get; set; } = 6000;

    /// <summary>Raw events waiting for the database before ingest answers 503 (back-pressure instead of unbounded memory).</summary>
    public int MaxPendingEvents { get; set; } = 200_000;

    /// <summary>Raw events written per transaction.</summary>
    public int WriteBatch { get; set; } = 2000;

    /// <summary>How far a client's timestamp may lie from the server's clock before it is refused.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromDays(1);

    /// <summary>A member counts as active for this long after their last event.</summary>
    public TimeSpan ActiveUserWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often the open windows are pushed to followers that asked for progress (a whole fraction of a second;
    /// 1 s or more: never between closes).
    /// </summary>
    public TimeSpan ProgressEvery { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Comment lines keep idle Server-Sent Events streams open through proxies.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Cluster mode: how long after a second ends its merged window closes, waiting for the other nodes'
    /// parts; a part arriving later is dropped (and counted).
    /// </summary>
    public TimeSpan ClusterSettle { get; set; } = TimeSpan.FromMilliseconds(400);
}
