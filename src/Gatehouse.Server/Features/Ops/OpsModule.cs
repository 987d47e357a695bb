using Gatehouse.Server.Infrastructure.Modules;

namespace Gatehouse.Server.Features.Ops;

/// <summary>Health, readiness and server information.</summary>
public sealed class OpsModule : IFeatureModule
{
    public void AddServices(WebApplicationBuilder builder) { }

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapOpsEndpoints();
}
