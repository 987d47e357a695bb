using Npgsql;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// Who runs the work that must happen once per cluster (sanction expiries, pruning, alert
/// evaluation, webhook sending, once-only event subscribers). A single node always does. In a
/// cluster the node holding a PostgreSQL session advisory lock does: the lock lives as long as the
/// holder's connection, so a killed node releases it when PostgreSQL notices the dead socket, and
/// another node takes it on its next try (every <see cref="ClusterOptions.HeartbeatInterval"/>).
/// </summary>
public sealed partial class ClusterLease(IConfiguration configuration, ILogger<ClusterLease> logger) : BackgroundService
{
    /// <summary>Arbitrary constant naming the lock ("gatehouse leader").</summary>
    private const long LockId = 0x6761746c6561;

    private readonly bool _cluster = ClusterOptions.IsCluster(configuration);
    private volatile TaskCompletionSource _leader = NewSignal();
    private NpgsqlConnection? _connection;

    public bool IsLeader => !_cluster || _leader.Task.IsCompleted;

    /// <summary>Returns once this node may run once-per-cluster work (at once on a single node).</summary>
    public Task WaitUntilLeaderAsync(CancellationToken ct) => IsLeader ? Task.CompletedTask : _leader.Task.WaitAsync(ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_cluster) return;
        var interval = configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>()?.HeartbeatInterval ?? TimeSpan.FromSeconds(5);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await TryHoldAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                Lose(e);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private async Task TryHoldAsync(CancellationToken ct)
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(configuration.GetConnectionString("Postgres"));
            await _connection.OpenAsync(ct);
        }
        await using var cmd = _connection.CreateCommand();
        // Holding it: a round trip proves the session (and so the lock) is still there.
        cmd.CommandText = IsLeader ? "SELECT true" : $"SELECT pg_try_advisory_lock({LockId})";
        var held = (bool)(await cmd.ExecuteScalarAsync(ct))!;
        if (held && !IsLeader)
        {
            LogLeader();
            _leader.TrySetResult();
        }
    }

    private void Lose(Exception e)
    {
        LogLost(e);
        if (_leader.Task.IsCompleted) _leader = NewSignal();
        _connection?.Dispose();
        _connection = null;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "This node now runs the once-per-cluster work")]
    private partial void LogLeader();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the connection holding the cluster lease; trying again")]
    private partial void LogLost(Exception e);
}
