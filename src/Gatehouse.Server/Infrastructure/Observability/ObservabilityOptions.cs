namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>Everything under <c>Gatehouse:Observability</c>: who may scrape <c>/metrics</c>, and how logs look.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Gatehouse:Observability";

    /// <summary>
    /// Comma-separated networks whose scrapers need no credentials (a Prometheus on the same host, by
    /// default). Everyone else needs <see cref="MetricsScrapeAccess.Permission"/>. Empty: credentials always.
    /// </summary>
    public string MetricsAllowedNetworks { get; set; } = "127.0.0.0/8, ::1";

    /// <summary>JSON console logs (one object per line, with trace and span ids) instead of the readable format.</summary>
    public bool JsonLogs { get; set; }

    /// <summary>One log line per request: method, route, status, duration, user. On by default.</summary>
    public bool AccessLog { get; set; } = true;
}
