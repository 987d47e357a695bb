using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gatehouse.Server.Infrastructure.Modules;

/// <summary>The composition every feature stands on, then the features in the order <c>Program.cs</c> lists them.</summary>
public static class GatehouseHost
{
    public static WebApplicationBuilder AddGatehouse(this WebApplicationBuilder builder, IReadOnlyList<IFeatureModule> features)
    {
        builder.AddGatehouseCore();
        builder.AddWebApp();
        foreach (var feature in features) feature.AddServices(builder);
        builder.Services.AddSingleton(features);
        // The build starts the app only to read its endpoints: no worker may touch the (unmigrated) database then.
        if (BuildTimeDocument.IsGenerating) builder.Services.RemoveAll<IHostedService>();
        return builder;
    }

    public static async Task RunGatehouseAsync(this WebApplication app)
    {
        var features = app.Services.GetRequiredService<IReadOnlyList<IFeatureModule>>();
        app.UseAccessLog();
        app.UseWebApp();
        app.UseGatehousePipeline();
        app.UseAppPages();
        app.MapLiveHub();
        foreach (var feature in features) feature.MapEndpoints(app);
        app.MapObservability();
        app.MapApiDocuments();

        if (!BuildTimeDocument.IsGenerating)
        {
            await app.MigrateDatabaseAsync();
            try
            {
                foreach (var feature in features)
                {
                    await using var scope = app.Services.CreateAsyncScope();
                    await feature.SeedAsync(scope.ServiceProvider, CancellationToken.None);
                }
            }
            catch (StartupRefusedException refused)
            {
                app.Logger.LogCritical("Gatehouse did not start. {Reason}", refused.Message);
                Environment.ExitCode = 1;
                return;
            }
        }
        await app.RunAsync();
    }
}
