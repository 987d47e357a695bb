namespace Gatehouse.Server.Features.Presence;

/// <summary>The <c>Presence</c> configuration section. Every duration has a default that works with no configuration.</summary>
public sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>A session with no <c>activity()</c> ping for this long is idle.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a user keeps their presence after their last session closed, so reconnects do not flap.</summary>
    public TimeSpan OfflineGrace { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often one sweep checks idle sessions, grace deadlines and status expiries for everyone.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Told to gateway clients in <c>ready</c>: send <c>activity()</c> at most this often while the user interacts.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most changes one send to an observer carries. Changes that pile up while a send is in
    /// flight go out together; above this bound the oldest go first and the rest follow at once.
    /// </summary>
    public int MaxBatchSize { get; set; } = 500;

    /// <summary>An observer whose delivery does not complete within this time is disconnected (it resyncs on reconnect).</summary>
    public TimeSpan SlowConsumerTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Comment lines keep idle Server-Sent Events streams open through proxies.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many recent changes the stream keeps for <c>Last-Event-ID</c> resume.</summary>
    public int ReplayBufferSize { get; set; } = 4096;

    /// <summary>How often chosen statuses and last-seen times are written to the database, in one batch.</summary>
    public TimeSpan PersistInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A connected user's last-seen time is rewritten this often (it only matters after a crash:
    /// a clean shutdown writes everyone, a disconnect writes at once). At 10k connections, one
    /// minute cost the SQLite writer ~170 updates a second; five cost ~35.
    /// </summary>
    public TimeSpan LastSeenResolution { get; set; } = TimeSpan.FromMinutes(5);
}
