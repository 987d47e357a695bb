using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

/// <summary>Roles, the permission rule, and the default roles of a new install.</summary>
public sealed class RolesModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AccessService>();
        builder.Services.AddScoped<RequestRoles>();
        builder.Services.AddScoped<ILiveAccess, LiveAccess>();
    }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapRolesEndpoints();

    public async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<GatehouseDb>();
        if (await db.Roles.AnyAsync(ct)) return;
        var audit = services.GetRequiredService<IAuditLog>();
        var events = services.GetRequiredService<IDomainEvents>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var role in DefaultRoles.Create(now))
        {
            db.Roles.Add(role);
            RoleRules.RecordVersion(db, audit, events, role, null, "created", null, now);
        }
        await db.SaveChangesAsync(ct);
        services.GetRequiredService<ILoggerFactory>().CreateLogger("Gatehouse.Startup").LogInformation("Created the default roles");
    }
}
