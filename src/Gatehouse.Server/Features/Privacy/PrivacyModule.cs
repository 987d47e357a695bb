using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Modules;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>GDPR: personal data export and erasure across features, consent records, the register and retention.</summary>
public sealed class PrivacyModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PrivacyOptions>().Bind(builder.Configuration.GetSection(PrivacyOptions.Section));
        services.AddScoped<IPersonalDataSource, PrivacyPersonalData>();
        services.AddScoped<IRetentionRule, DeletedMembersRetention>();
        services.AddScoped<IConsents, ConsentCheck>();
        services.AddSingleton<RetentionPruner>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionPruner>());
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapPrivacyEndpoints();
}
