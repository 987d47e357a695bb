using Gatehouse.Server.Features.Audit.LiveEvents;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Audit;

/// <summary>The audit log (chain, sealer, signing key) and the live <c>events</c> topic.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services)
    {
        services.AddSingleton<AuditKey>();
        services.AddSingleton<ICommitSealer, AuditSealer>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddDomainEventSubscriber<LiveEventsRelay>();
        services.AddLiveTopic<EventsTopic>();
        return services;
    }
}
