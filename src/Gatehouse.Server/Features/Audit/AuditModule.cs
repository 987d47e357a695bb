using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Audit.LiveEvents;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Audit;

/// <summary>The audit log (chain, sealer, signing key) and the live <c>events</c> topic.</summary>
public sealed class AuditModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<AuditKey>();
        services.AddSingleton<IAuditSigningKey>(sp => sp.GetRequiredService<AuditKey>());
        services.AddSingleton<ICommitSealer, AuditSealer>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IAuditExtract, AuditExtract>();
        services.AddSingleton<PayloadCipher>();
        services.AddSingleton<SubjectKeys>();
        services.AddScoped<AuditPayloadReader>();
        services.AddSingleton<LegacyPayloadSealing>();
        services.AddSingleton<AuditKeyCheck>();
        services.AddScoped<IPersonalDataSource, AuditPersonalData>();
        services.AddScoped<IRefusalLog, RefusalAuditLog>();
        services.AddDomainEventSubscriber<LiveEventsRelay>();
        services.AddLiveTopic<EventsTopic>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapAuditEndpoints();

    /// <summary>
    /// The audit key must match the database (<see cref="AuditKeyCheck"/>); then payloads written in clear before
    /// sealing existed are sealed once (see <see cref="LegacyPayloadSealing"/>).
    /// </summary>
    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GatehouseDb>();
        await services.GetRequiredService<AuditKeyCheck>().EnsureMatchesAsync(db, ct);
        await services.GetRequiredService<LegacyPayloadSealing>().RunAsync(db, ct);
    }
}
