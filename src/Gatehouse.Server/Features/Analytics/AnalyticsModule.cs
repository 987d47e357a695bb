using Gatehouse.Server.Features.Analytics.Capture;
using Gatehouse.Server.Features.Analytics.Cluster;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Ingest;
using Gatehouse.Server.Features.Analytics.Live;
using Gatehouse.Server.Features.Analytics.Queries;
using Gatehouse.Server.Features.Analytics.SiteKeys;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;

namespace Gatehouse.Server.Features.Analytics;

/// <summary>
/// Analytics: the server's own traffic and the SDK's events, live 1 s / 5 s / 1 min windows, raw events
/// and rollups in the database, and the contract (<see cref="IMetricReader"/>, <see cref="IAnalyticsWindowFeed"/>) alerts build on.
/// </summary>
public sealed class AnalyticsModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapAnalyticsEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AnalyticsOptions>().Bind(builder.Configuration.GetSection(AnalyticsOptions.Section))
            .Validate(o => o.RawRetention > TimeSpan.Zero && o.RollupRetention > TimeSpan.Zero && o.PruneInterval > TimeSpan.Zero
                && o.PruneChunk > 0 && o.MaxBatchEvents > 0 && o.MaxBatchBytes > 0 && o.MaxPropsBytes > 0 && o.WriteBatch > 0
                && o.EventsPerMinutePerSource >= o.MaxBatchEvents && o.MaxPendingEvents >= o.MaxBatchEvents
                && o.ActiveUserWindow > TimeSpan.Zero && o.MaxClockSkew > TimeSpan.Zero && o.StreamKeepAlive > TimeSpan.Zero
                && o.ClusterSettle > TimeSpan.Zero && o.ClusterSettle < TimeSpan.FromSeconds(1),
                "Analytics settings: durations and sizes must be positive (the cluster settle delay under a second); the per-source budget and the queue must hold a whole batch.")
            .ValidateOnStart();

        services.AddSingleton<OpenSessions>();
        services.AddSingleton<LiveWindows>();
        services.AddSingleton<IAnalyticsWindowFeed>(sp => sp.GetRequiredService<LiveWindows>());
        services.AddScoped<IMetricReader, MetricReader>();
        services.AddScoped<IMemberActivity, MemberActivity>();
        services.AddSingleton<RawEventQueue>();
        services.AddSingleton<AnalyticsIngestMetrics>();
        services.AddSingleton<EventPipeline>();
        services.AddSingleton<RegionLookup>();
        services.AddSingleton<ClientContext>();
        services.AddSingleton<IngestLimiter>();
        services.AddSingleton<ConsentBook>();
        services.AddScoped<AnalyticsPersonalData>();
        services.AddScoped<IPersonalDataSource>(sp => sp.GetRequiredService<AnalyticsPersonalData>());
        services.AddScoped<IRetentionRule>(sp => sp.GetRequiredService<AnalyticsPersonalData>());
        services.AddScoped<IAnalyticsConsent>(sp => sp.GetRequiredService<AnalyticsPersonalData>());
        services.AddSingleton<RollupWriter>();
        services.AddSingleton<SiteKeyCache>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, SiteKeyAuthenticationHandler>(SiteKeyScheme.Name, null);

        services.AddSingleton<IStartupFilter, RequestCapture>();
        services.AddSingleton<IGatewaySessionObserver, SessionCapture>();
        services.AddDomainEventSubscriber<KeyEventCapture>();
        services.AddDomainEventSubscriber<AnalyticsAccessWatch>();
        services.AddLiveTopic<AnalyticsTopic>();

        services.AddHostedService<WindowTicker>();
        // Cluster mode: every node's seconds are merged before they are published (a single node publishes its own).
        if (ClusterOptions.IsCluster(builder.Configuration)) services.AddHostedService<ClusterWindowExchange>();
        services.AddHostedService<RawEventWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<RollupWriter>());
        services.AddSingleton<AnalyticsPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<AnalyticsPruner>());
    }
}
