using Gatehouse.Server.Features.Demo.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Ops;

public static class OpsEndpoints
{
    /// <summary>Health of the process and of its database; <c>degraded</c> (still serving) names what is missing in <c>reason</c>.</summary>
    /// <param name="Leader">In a cluster: whether this node holds the lease for once-per-cluster work.</param>
    public sealed record Health(string Status, string? Database = null, string? Reason = null, string? Node = null, bool? Leader = null);

    public static IEndpointRouteBuilder MapOpsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new Health("ok"))).WithTags("Ops").WithName("Liveness")
            .WithSummary("The process is up").Public();
        app.MapGet("/readyz", async Task<IResult> (GatehouseDb db, RedisStatus redis, ClusterLease lease, CancellationToken ct) =>
                !await db.Database.CanConnectAsync(ct)
                    ? TypedResults.Json(new Health("unavailable", db.IsPostgres ? "postgres" : "sqlite"), statusCode: 503)
                    // Without Redis a cluster node still serves its own clients: ready, but degraded.
                    : redis.Failure is { } reason
                        ? TypedResults.Ok(new Health("degraded", "postgres", reason, redis.NodeId, lease.IsLeader))
                        : TypedResults.Ok(new Health("ready", db.IsPostgres ? "postgres" : "sqlite", Node: redis.NodeId, Leader: redis.Enabled ? lease.IsLeader : null)))
            .WithTags("Ops").WithName("Readiness").WithSummary("The database answers").Public();
        app.MapGet("/api/v1/server-info", (GatehouseDb db, IOptions<GatehouseOptions> options, IDemoMode demo) =>
                TypedResults.Ok(new ServerInfo(typeof(OpsEndpoints).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                    options.Value.Mode, db.IsPostgres ? "postgres" : "sqlite", demo.Enabled)))
            .WithTags("Ops").WithName("GetServerInfo").WithSummary("What this server is: version, mode, database, demo").Public();
        return app;
    }

    /// <summary>What the panel shows about the server; <c>demo</c> means the community is simulated.</summary>
    public sealed record ServerInfo(string Version, string Mode, string Database, bool Demo);
}
