namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// The <c>Gatehouse:Cluster</c> section, read only when <c>Gatehouse:Mode</c> is <c>Cluster</c>.
/// A dead node's sessions are expired by the survivors at most
/// <see cref="HeartbeatTtl"/> + <see cref="HeartbeatInterval"/> after its last heartbeat (25 s by default).
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Gatehouse:Cluster";

    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>.</summary>
    public string Redis { get; set; } = "";

    /// <summary>Prefix of every Redis key and channel, so several installations can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "gatehouse";

    /// <summary>This node's name; unique per process by default (host name, process id and a random suffix).</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>How long a node's heartbeat key lives; a node silent for longer is dead.</summary>
    public TimeSpan HeartbeatTtl { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often a node renews its heartbeat and looks for dead nodes.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The stated bound: a dead node's sessions are gone from every survivor within this time.</summary>
    public TimeSpan DeadNodeBound => HeartbeatTtl + HeartbeatInterval;

    public static bool IsCluster(IConfiguration configuration) =>
        string.Equals(configuration[$"{GatehouseOptions.Section}:Mode"], "Cluster", StringComparison.OrdinalIgnoreCase);
}
