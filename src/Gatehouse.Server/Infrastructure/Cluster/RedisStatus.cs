using StackExchange.Redis;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// Whether this node reaches Redis, as <c>/readyz</c> reports it. The multiplexer reconnects by
/// itself; <see cref="Restored"/> lets the node re-publish what it holds once Redis is back.
/// </summary>
public sealed class RedisStatus
{
    private readonly IConnectionMultiplexer? _redis;
    private volatile string? _failure;

    public RedisStatus(IConnectionMultiplexer? redis, string? nodeId = null)
    {
        _redis = redis;
        NodeId = nodeId;
        if (redis is null) return;
        if (!redis.IsConnected) _failure = "redis: not connected";
        redis.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive) _failure = $"redis: {e.FailureType}";
        };
        redis.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType != ConnectionType.Interactive) return;
            _failure = null;
            Restored?.Invoke();
        };
    }

    /// <summary>This node's name in the cluster; null on a single node.</summary>
    public string? NodeId { get; }

    /// <summary>False in single-node mode, where there is no Redis.</summary>
    public bool Enabled => _redis is not null;

    /// <summary>Why this node runs degraded; null when Redis answers (or is not used).</summary>
    public string? Failure => _redis is null ? null : _redis.IsConnected ? null : _failure ?? "redis: not connected";

    /// <summary>Raised on the multiplexer's thread when the connection came back.</summary>
    public event Action? Restored;

    /// <summary>Records a failed command, so readiness says degraded before the multiplexer notices.</summary>
    public void Failed(Exception e) => _failure = $"redis: {e.GetType().Name}";
}
