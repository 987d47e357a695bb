using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>SignalR, the live hub and its topic registry.</summary>
public static class RealtimeModule
{
    public static IServiceCollection AddRealtime(this IServiceCollection services)
    {
        services.AddSingleton<LiveConnectionMetrics>();
        services.AddSingleton<ConnectedQueryRelease>();
        services.AddSingleton<HubInvocationFailures>();
        services.AddSignalR(o =>
        {
            o.AddFilter<LiveConnectionMetrics>();
            o.AddFilter<ConnectedQueryRelease>();
            o.AddFilter<HubInvocationFailures>();
        }).AddJsonProtocol(o => GatehouseJson.Configure(o.PayloadSerializerOptions));
        // HubInvocationFailures logs what this logger would, without an Activity per hub method call.
        services.SilenceLogCategory(HubInvocationFailures.DispatcherCategory);
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<LiveSubscriptions>();
        services.AddRealtimeHubPath(LiveHub.Path);
        services.AddSpreadKeepAlive<LiveHub>();
        return services;
    }

    /// <summary>Registers a topic of <c>/hubs/live</c>; nothing else needs to know about it.</summary>
    public static IServiceCollection AddLiveTopic<T>(this IServiceCollection services) where T : class, ILiveTopic =>
        services.AddScoped<ILiveTopic, T>();

    public static IEndpointRouteBuilder MapLiveHub(this IEndpointRouteBuilder app)
    {
        // Signed-in only; each topic checks its own permission at subscribe time.
        app.MapSpreadKeepAliveHub<LiveHub>(LiveHub.Path).SelfService().WithSlimConnections().AcceptsQueryToken().AcceptsSocketTickets();
        return app;
    }
}
