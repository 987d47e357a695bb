using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Modules;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.SystemStatus;

/// <summary>The admin app's System page: this node's health, backlog and traffic, summarised from its meters.</summary>
public sealed class SystemStatusModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddSingleton<SystemMeters>();

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        // Listening from the start: live connections are counted as they open, requests as they end.
        app.ServiceProvider.GetRequiredService<SystemMeters>();
        app.MapGet("/api/v1/system/status", GetSystemStatus.Handle).WithTags("System").WithName(nameof(GetSystemStatus))
            .WithSummary("This node at a glance: version, uptime, database, outbox backlog, webhook queue, connections, request rate, errors and p95")
            .RequirePermission(Permissions.SettingsManage);
    }
}
