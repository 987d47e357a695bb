using Gatehouse.Server.Infrastructure.Modules;

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
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapBackupsEndpoints();
}
