using Gatehouse.Server.Infrastructure.Security;
using OpenTelemetry.Exporter;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// <c>GET /metrics</c>: every meter of the process in the Prometheus text format, rendered by the
/// OpenTelemetry Prometheus exporter. It is mapped as an ordinary minimal-API endpoint (not with the
/// exporter's own <c>MapPrometheusScrapingEndpoint</c>) so that it carries the same access metadata,
/// OpenAPI entry and error answers as every other endpoint.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetricsEndpoint(this IEndpointRouteBuilder app)
    {
        var branch = app.CreateApplicationBuilder();
        branch.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: _ => true, path: null,
            configureBranchedPipeline: null, optionsName: null);
        var scrape = branch.Build();

        app.MapGet(Path, (HttpContext http, CancellationToken _) => scrape(http))
            .WithTags("Ops").WithName("ScrapeMetrics")
            .WithSummary("Metrics in the Prometheus text format")
            .WithDescription("Open without credentials to Gatehouse:Observability:MetricsAllowedNetworks (loopback by default); "
                + $"anyone else needs the permission '{MetricsScrapeAccess.Permission}' (a bearer token or an API key).")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .WithMetadata(new RequiresPermission(MetricsScrapeAccess.Permission))
            .RequireAuthorization(MetricsScrapeAccess.Policy);
        return app;
    }

    /// <summary>Every scrape renders afresh: a cached answer would hide what changed since the last one.</summary>
    internal static void Configure(PrometheusAspNetCoreOptions o) => o.ScrapeResponseCacheDurationMilliseconds = 0;
}
