using Gatehouse.Server.Features.Imports.Live;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Imports;

/// <summary>Members brought in from a file: upload, mapping, preview, atomic commit (rows go through the Users contract).</summary>
public sealed class ImportsModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportsOptions>().Bind(builder.Configuration.GetSection(ImportsOptions.Section))
            .Validate(o => o.MaxFileBytes > 0 && o.BatchSize is > 0 and <= 5000 && o.PreviewProblemRows >= 0 && o.PreviewSampleRows >= 0 && o.ProgressInterval >= TimeSpan.Zero,
                "Imports settings: MaxFileBytes positive, BatchSize 1–5000, preview counts and ProgressInterval not negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ImportStorage>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataSource, ImportsPersonalData>();
        builder.Services.AddSingleton<ImportProgress>();
        builder.Services.AddSingleton<ImportLinks>();
        builder.Services.AddSingleton<ImportLinkMailer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ImportLinkMailer>());
        builder.Services.AddDomainEventSubscriber<ImportsRelay>();
        builder.Services.AddLiveTopic<ImportsTopic>();
        builder.Services.AddScoped(sp => new ImportPass(
            sp.GetRequiredService<Users.Contracts.IMemberImports>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImportsOptions>>().Value));
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapImportsEndpoints();
}
