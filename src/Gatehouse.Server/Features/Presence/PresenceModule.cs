using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Presence;

/// <summary>Live presence: the gateway and live hubs, the in-process registry, its sweeper, writer and access watcher.</summary>
public static class PresenceModule
{
    public static IServiceCollection AddPresenceFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.Section))
            .Validate(o => o.IdleAfter > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero && o.PersistInterval > TimeSpan.Zero
                && o.OfflineGrace >= TimeSpan.Zero && o.BatchWindow >= TimeSpan.Zero && o.SlowConsumerTimeout > TimeSpan.Zero
                && o.StreamKeepAlive > TimeSpan.Zero && o.ReplayBufferSize > 0, "Presence durations must be positive.")
            .ValidateOnStart();

        services.AddSignalR().AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions));
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();

        services.AddSingleton<PresenceVersionClock>();
        services.AddSingleton<PresenceFanout>();
        services.AddSingleton<IPresenceChangeSink>(sp => sp.GetRequiredService<PresenceFanout>());
        services.AddSingleton<IPresenceChangeSink, GatewayEcho>();
        services.AddSingleton<IPresenceRegistry, InMemoryPresenceRegistry>();
        services.AddSingleton<GatewayConnections>();
        services.AddSingleton<LiveSubscriptions>();
        services.AddScoped<PresenceSeedLoader>();
        services.AddScoped<PresenceSnapshots>();

        services.AddSingleton<PresenceStateWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceStateWriter>());
        services.AddDomainEventSubscriber<PresenceAccessRefresh>();
        services.AddHostedService<PresenceSweeper>();
        return services;
    }
}
