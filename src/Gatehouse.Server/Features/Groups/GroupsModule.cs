using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Features.Groups.Live;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Groups;

/// <summary>Dynamic groups: rules that give or take a role or tag by conditions over members, evaluated on events and on a schedule.</summary>
public sealed class GroupsModule : IFeatureModule
{
    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapGroupsEndpoints();

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GroupsOptions>().Bind(builder.Configuration.GetSection(GroupsOptions.Section))
            .Validate(o => o.EvaluateEvery > TimeSpan.Zero && o.MaxRules > 0 && o.MaxNamedMembers > 0 && o.ApplyChunk > 0,
                "Group settings: a positive evaluation interval, rule limit, named-member limit and apply chunk.")
            .ValidateOnStart();
        services.AddSingleton<GroupsLiveFeed>();
        services.AddSingleton<GroupSignal>();
        services.AddSingleton<GroupEngine>();
        services.AddHostedService<GroupWorker>();
        services.AddHostedService<GroupScheduler>();
        services.AddDomainEventSubscriber<GroupEventWatcher>();
        services.AddDomainEventSubscriber<GroupsRelay>();
        services.AddLiveTopic<GroupsTopic>();
    }
}
