using Gatehouse.Server.Features.Backups.Live;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Backups;

/// <summary>Scheduled, checksummed (optionally sealed) online backups of the SQLite database and its keys, with a self-test.</summary>
public sealed class BackupsModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BackupsOptions>().Bind(builder.Configuration.GetSection(BackupsOptions.Section));
        services.AddSingleton<BackupCatalog>();
        services.AddSingleton<BackupRunner>();
        services.AddScoped<BackupWriter>();
        services.AddSingleton<BackupScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<BackupScheduler>());
        services.AddDomainEventSubscriber<BackupsRelay>();
        services.AddLiveTopic<BackupsTopic>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapBackupsEndpoints();
}
