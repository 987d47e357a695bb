using System.Text.Json.Serialization;

namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// The aggregates of one closed live window, as pushed on the <c>analytics</c> topic and the SSE
/// stream and answered by <c>GET /analytics/live</c>.
/// </summary>
/// <param name="Interval">1s, 5s or 1m.</param>
/// <param name="Sequence">The window's position in its interval's stream (its end as Unix milliseconds): the SSE event id.</param>
/// <param name="Totals">Every metric over the whole site.</param>
/// <param name="Segments">Every metric per value of role, region, device and version.</param>
/// <param name="Endpoints">Requests per endpoint (route template), busiest first.</param>
/// <param name="EventTypes">Events per type in the window.</param>
/// <param name="LatencyHistogram">Request latency distribution (upper bound in ms, count), for the histogram chart.</param>
/// <param name="Nodes">How many nodes' traffic the window merges: 1 on a single node; in a cluster, the nodes whose parts were in.</param>
/// <param name="Partial">True when the window misses a node known to be alive, or Redis was unreachable (this node's view only).</param>
/// <param name="Open">True for a window still open, pushed only to followers that asked for progress: the counts so far,
/// replaced by later progress and finally by the closed window of the same sequence. Gauges are the last closed second's.</param>
/// <param name="Through">For an open window, the server time it counts up to: every event received before it is in.</param>
public sealed record AnalyticsWindow(
    string Interval, long Sequence, DateTime Start, DateTime End, MetricSet Totals,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, MetricSet>> Segments,
    IReadOnlyList<EndpointStats> Endpoints, IReadOnlyDictionary<string, long> EventTypes,
    IReadOnlyList<LatencyBucket> LatencyHistogram, int Nodes, bool Partial, bool Open = false, DateTime? Through = null);

/// <summary>The metrics of one window for one slice of traffic, named as in <see cref="AnalyticsMetrics"/>; rates are 0..1, latencies in milliseconds.</summary>
public sealed record MetricSet(
    long ActiveUsers, long OnlineNow, long Sessions, long SignUps, long SignIns, long SignInFailures, long Events,
    long Requests,
    [property: JsonPropertyName(AnalyticsMetrics.Errors4xx)] long Errors4xx,
    [property: JsonPropertyName(AnalyticsMetrics.Errors5xx)] long Errors5xx,
    [property: JsonPropertyName(AnalyticsMetrics.ErrorRate4xx)] double? ErrorRate4xx,
    [property: JsonPropertyName(AnalyticsMetrics.ErrorRate5xx)] double? ErrorRate5xx,
    double? LatencyP50, double? LatencyP95, double? LatencyP99);

/// <summary>One endpoint's requests in a window.</summary>
/// <param name="Endpoint">Method and route template, e.g. <c>GET /api/v1/users/{id}</c>.</param>
public sealed record EndpointStats(string Endpoint, long Count, double? ErrorRate, double? LatencyP50, double? LatencyP95, double? LatencyP99);

/// <summary>Requests whose latency was at most <paramref name="UpToMs"/> (null: no upper bound) and above the previous bucket's bound.</summary>
public sealed record LatencyBucket(double? UpToMs, long Count);
