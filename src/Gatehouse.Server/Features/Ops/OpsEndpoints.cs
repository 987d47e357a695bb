using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Ops;

public static class OpsEndpoints
{
    /// <summary>Health of the process and of its database.</summary>
    public sealed record Health(string Status, string? Database = null);

    public static IEndpointRouteBuilder MapOpsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok"))).WithTags("Ops").WithName("Liveness")
            .WithSummary("The process is up").Public();
        app.MapGet("/readyz", async Task<IResult> (GatehouseDb db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? TypedResults.Ok(new Health("ready", db.IsPostgres ? "postgres" : "sqlite"))
                    : TypedResults.Json(new Health("unavailable", db.IsPostgres ? "postgres" : "sqlite"), statusCode: 503))
            .WithTags("Ops").WithName("Readiness").WithSummary("The database answers").Public();
        return app;
    }
}
