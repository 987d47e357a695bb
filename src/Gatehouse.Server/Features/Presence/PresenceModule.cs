using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Presence.Cluster;
using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Features.Presence.Persistence;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Presence;

/// <summary>Live presence: the gateway and live hubs, the in-process registry, its sweeper, writer and access watcher.</summary>
public sealed class PresenceModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapPresenceEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddRealtimeHubPath(GatewayHub.Path);
        services.AddSpreadKeepAlive<GatewayHub>();
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section))
            .Validate(o => o.IdleAfter > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero && o.PersistInterval > TimeSpan.Zero
                && o.OfflineGrace >= TimeSpan.Zero && o.MaxBatchSize > 0 && o.SlowConsumerTimeout > TimeSpan.Zero
                && o.StreamKeepAlive > TimeSpan.Zero && o.ReplayBufferSize > 0, "Presence durations and sizes must be positive.")
            .ValidateOnStart();


        services.AddSingleton<PresenceVersionClock>();
        services.AddSingleton<PresenceFanout>();
        services.AddSingleton<IPresenceChangeSink>(sp => sp.GetRequiredService<PresenceFanout>());
        services.AddSingleton<IPresenceChangeSink, GatewayEcho>();
        services.AddSingleton<PresenceMetrics>();
        services.AddSingleton<PresenceMemberCards>();
        services.AddSingleton<IPresenceChangeSink>(sp => sp.GetRequiredService<PresenceMetrics>());
        if (ClusterOptions.IsCluster(configuration))
        {
            // Cluster mode: this node's sessions in memory, the members' presence merged through Redis.
            services.AddSingleton<RedisPresenceStore>();
            services.AddSingleton<RedisPresenceRegistry>();
            services.AddSingleton<IPresenceRegistry>(sp => sp.GetRequiredService<RedisPresenceRegistry>());
            services.AddSingleton<PresenceClusterLink>();
            services.AddHostedService(sp => sp.GetRequiredService<PresenceClusterLink>());
        }
        else
        {
            services.AddSingleton<IPresenceRegistry, InMemoryPresenceRegistry>();
        }
        services.AddSingleton<IMemberPresence, MemberPresence>();
        services.AddSingleton<IMemberGateway, MemberGateway>();
        services.AddSingleton<GatewayConnections>();
        services.AddLiveTopic<PresenceTopic>();
        services.AddScoped<PresenceSeedLoader>();
        services.AddSingleton<ISimulatedPresence, SimulatedPresence>();
        services.AddScoped<PresenceSnapshots>();
        services.AddScoped<IRefreshInclude, OnlineRefreshInclude>();

        services.AddSingleton<PresenceStateWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceStateWriter>());
        services.AddDomainEventSubscriber<PresenceAccessRefresh>();
        services.AddHostedService<PresenceSweeper>();
    }
}
