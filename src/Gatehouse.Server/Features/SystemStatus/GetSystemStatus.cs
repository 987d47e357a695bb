using System.Diagnostics;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.SystemStatus;

/// <summary>What an operator checks first, on one page: is this node healthy, is work piling up, how is traffic.</summary>
public static class GetSystemStatus
{
    /// <param name="Version">The server's version.</param>
    /// <param name="Mode">Single or Cluster.</param>
    /// <param name="StartedAt">When this process started.</param>
    /// <param name="UptimeSeconds">Seconds since then.</param>
    /// <param name="Node">This node's name in a cluster; null on a single node.</param>
    /// <param name="Redis">In a cluster: whether this node reaches Redis; null on a single node.</param>
    /// <param name="Requests">Traffic over the last five minutes, from the request-duration histogram <c>/metrics</c> exports.</param>
    /// <param name="LiveConnections">Open real-time connections (admin panels and site members) on this node.</param>
    public sealed record Response(string Version, string Mode, DateTimeOffset StartedAt, double UptimeSeconds, string? Node,
        DatabaseStatus Database, ServiceStatus? Redis, OutboxStatus Outbox, WebhookQueueStatus Webhooks, long LiveConnections, RequestStats Requests);

    /// <param name="Provider">sqlite or postgres.</param>
    /// <param name="Healthy">Whether a round trip to the database succeeded just now.</param>
    /// <param name="LatencyMs">How long that round trip took.</param>
    public sealed record DatabaseStatus(string Provider, bool Healthy, double LatencyMs);

    /// <param name="Healthy">Whether the service answers.</param>
    /// <param name="Reason">Why not, when it does not.</param>
    public sealed record ServiceStatus(bool Healthy, string? Reason);

    /// <param name="Pending">Committed events some subscriber (live pushes, webhooks, projections) has not handled yet.</param>
    /// <param name="OldestPendingSeconds">Age of the oldest of them; null when all are handled.</param>
    /// <param name="LagSeconds">The slowest subscriber's lag, as the gatehouse_outbox_lag_seconds gauge reports it.</param>
    public sealed record OutboxStatus(long Pending, double? OldestPendingSeconds, double? LagSeconds);

    /// <param name="Depth">Deliveries waiting to be sent, as the delivery worker last counted them; null before its first count or on a node that does not send.</param>
    public sealed record WebhookQueueStatus(long? Depth);

    public static async Task<Ok<Response>> Handle(SystemMeters meters, GatehouseDb db, OutboxStore outbox, IEnumerable<IDomainEventSubscriber> subscribers,
        RedisStatus redis, IOptions<GatehouseOptions> options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var database = await ProbeAsync(db, ct);
        var (pending, oldestAt) = database.Healthy ? await outbox.BacklogAsync([.. subscribers.Select(s => s.Name)], ct) : (0, null);
        var (lag, webhookQueue) = meters.Gauges();
        return TypedResults.Ok(new Response(
            typeof(GetSystemStatus).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            options.Value.Mode, meters.StartedAt, Math.Round((now - meters.StartedAt).TotalSeconds),
            redis.NodeId, database,
            redis.Enabled ? new ServiceStatus(redis.Failure is null, redis.Failure) : null,
            new OutboxStatus(pending, oldestAt is { } at ? Math.Max(0, Math.Round((now.UtcDateTime - at).TotalSeconds, 1)) : null, lag),
            new WebhookQueueStatus(webhookQueue), meters.Connections, meters.Requests(now)));
    }

    private static async Task<DatabaseStatus> ProbeAsync(GatehouseDb db, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var healthy = await db.Database.CanConnectAsync(ct);
        return new DatabaseStatus(db.IsPostgres ? "postgres" : "sqlite", healthy, Math.Round(watch.Elapsed.TotalMilliseconds, 1));
    }
}
