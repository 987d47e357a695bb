using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// SignalR pings each connection it has not pinged for <see cref="HubOptions.KeepAliveInterval"/> from one
/// heartbeat a second: with 10,000 connections that is ~650 pings written in one burst every second, which held
/// every presence delivery behind it (delivery p99 24–30 ms against 9.4–9.6 ms with the pings off, bench/README.md).
/// A hub mapped here tells SignalR its connections keep themselves alive (the feature long polling sets), and
/// <see cref="HubKeepAlive"/> sends the same pings at the same interval, spread evenly over it.
/// Clients see no difference: a ping at least every keep-alive interval, and the client timeout is still SignalR's.
/// </summary>
public static class SpreadKeepAlive
{
    /// <summary>The hub's lifetime manager is wrapped so <see cref="HubKeepAlive"/> learns each connection after its handshake.</summary>
    public static IServiceCollection AddSpreadKeepAlive<THub>(this IServiceCollection services) where THub : Hub
    {
        services.TryAddSingleton<HubKeepAlive>();
        services.AddHostedService(sp => sp.GetRequiredService<HubKeepAlive>());
        // Whichever manager the host ends up with for every hub (in-process, or Redis in cluster mode): looked up when
        // first needed, so the order in which modules register does not matter.
        services.AddSingleton<HubLifetimeManager<THub>>(sp =>
            new KeepAliveLifetimeManager<THub>(
                (HubLifetimeManager<THub>)ActivatorUtilities.CreateInstance(sp, ManagerForEveryHub(services).MakeGenericType(typeof(THub))),
                sp.GetRequiredService<HubKeepAlive>()));
        return services;
    }

    /// <summary><c>MapHub</c> with one step before the hub: its connections say they keep themselves alive.</summary>
    public static ConnectionEndpointRouteBuilder MapSpreadKeepAliveHub<THub>(this IEndpointRouteBuilder endpoints, string pattern) where THub : Hub
    {
        var builder = endpoints.MapConnections(pattern, new Microsoft.AspNetCore.Http.Connections.HttpConnectionDispatcherOptions(),
            connection => connection.Use(next => context =>
            {
                // Not async: nothing of this step stays on the connection.
                context.Features.Set<IConnectionInherentKeepAliveFeature>(KeepsItselfAlive.Instance);
                return next(context);
            }).UseHub<THub>());
        // What MapHub adds: the hub's attributes and the marker the framework and tests look for.
        var attributes = typeof(THub).GetCustomAttributes(inherit: true);
        builder.Add(endpoint =>
        {
            foreach (var attribute in attributes) endpoint.Metadata.Add(attribute);
            endpoint.Metadata.Add(new HubMetadata(typeof(THub)));
        });
        return builder;
    }

    private static Type ManagerForEveryHub(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(HubLifetimeManager<>) && d.ImplementationType is not null)?.ImplementationType
        ?? throw new InvalidOperationException("AddSignalR must register a hub lifetime manager for every hub.");

    private sealed class KeepsItselfAlive : IConnectionInherentKeepAliveFeature
    {
        public static readonly KeepsItselfAlive Instance = new();

        public bool HasInherentKeepAlive => true;
    }
}
