using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// Cluster mode (<c>Gatehouse:Mode=Cluster</c>): one Redis connection shared by the SignalR
/// backplane and the shared presence registry. Single-node mode registers only a
/// <see cref="RedisStatus"/> that says Redis is not used.
/// </summary>
public static class ClusterModule
{
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ClusterLease>();
        services.AddHostedService(sp => sp.GetRequiredService<ClusterLease>());
        if (!ClusterOptions.IsCluster(configuration))
        {
            services.AddSingleton(new RedisStatus(null));
            return services;
        }
        // Every node must sign audit entries with the same key, or the chain would not verify.
        if (string.IsNullOrWhiteSpace(configuration["Gatehouse:Audit:Key"]))
            throw new InvalidOperationException("Cluster mode needs Gatehouse:Audit:Key (base64, the same on every node).");
        services.AddOptions<ClusterOptions>().Bind(configuration.GetSection(ClusterOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Redis), "Gatehouse:Cluster:Redis is required in cluster mode.")
            .Validate(o => o.HeartbeatInterval > TimeSpan.Zero && o.HeartbeatTtl > o.HeartbeatInterval,
                "Gatehouse:Cluster:HeartbeatTtl must be longer than HeartbeatInterval.")
            .ValidateOnStart();
        services.AddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<ClusterOptions>>().Value));
        services.AddSingleton(sp => new RedisStatus(sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.NodeId));
        // Per-address rate limits count in Redis, so an address spreading requests over nodes meets one limit.
        services.AddSingleton<RedisRateWindows>();
        // The backplane shares the node's connection: one socket, one reconnect policy, one health signal.
        services.AddSignalR().AddStackExchangeRedis(o => o.ConnectionFactory = _ =>
            Task.FromResult(Connect(configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions(), backplane: true)));
        return services;
    }

    private static IConnectionMultiplexer Connect(ClusterOptions options, bool backplane = false)
    {
        var config = ConfigurationOptions.Parse(options.Redis);
        // A node starts and serves its own clients while Redis is away; the multiplexer keeps retrying.
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = 2000;
        config.SyncTimeout = config.AsyncTimeout = 2000;
        config.ReconnectRetryPolicy = new LinearRetry(500);
        // Without Redis a command fails at once (the node then serves locally) instead of waiting in a backlog.
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ClientName = backplane ? $"{options.NodeId}-signalr" : options.NodeId;
        if (backplane) config.ChannelPrefix = RedisChannel.Literal($"{options.KeyPrefix}:signalr");
        return ConnectionMultiplexer.Connect(config);
    }
}
