using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Features.Moderation.Live;
using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Moderation.Sanctions;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Moderation;

/// <summary>Sanctions, their expiry and gateway push, reports and their assignment.</summary>
public sealed class ModerationModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapModerationEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<ModerationOptions>().Bind(configuration.GetSection(ModerationOptions.Section))
            .Validate(o => o.MaxMute > TimeSpan.Zero && o.MaxBan > TimeSpan.Zero && o.ExpiryCheckInterval > TimeSpan.Zero
                && o.StrikeWindow > TimeSpan.Zero && o.ReportsPerHour > 0
                && o.EffectiveLadder.All(s => SanctionKinds.All.Contains(s.Kind))
                && ReportSeverities.All.All(s => o.Sla.TryGetValue(s, out var sla) && sla > TimeSpan.Zero),
                "Moderation settings: durations must be positive, ladder kinds known, an SLA for every severity.")
            .ValidateOnStart();
        services.AddScoped<SanctionWriter>();
        services.AddScoped<IPersonalDataSource, ModerationPersonalData>();
        services.AddScoped<IMemberSanctions, MemberSanctions>();
        services.AddScoped<IModerationLog, ModerationLog>();
        services.AddScoped<ReportAssigner>();
        services.AddSingleton<EscalationLadder>();
        services.AddSingleton<ExpirySignal>();
        services.AddHostedService<SanctionExpirer>();
        services.AddDomainEventSubscriber<SanctionGatewayPush>();
        services.AddDomainEventSubscriber<MutedMembers>();
        services.AddDomainEventSubscriber<ReportsRelay>();
        services.AddLiveTopic<ReportsTopic>();
    }

    /// <summary>
    /// The mutes in force are read into this node's copy before the first event is delivered. In cluster mode the copy
    /// stays unloaded (never current): another node's mute would reach it only at its next event read.
    /// </summary>
    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        if (ClusterOptions.IsCluster(services.GetRequiredService<IConfiguration>())) return;
        await services.GetRequiredService<MutedMembers>().LoadAsync(services.GetRequiredService<GatehouseDb>(), ct);
    }
}
