namespace Gatehouse.Server.Features.Analytics.Contracts;

/// <summary>
/// The metrics analytics computes, by name: what <c>GET /analytics/series</c>, the live windows and
/// alert rules speak. Counters add up over a window, gauges are sampled when a second closes, rates
/// and percentiles are derived (from counters and from mergeable latency histograms).
/// </summary>
public static class AnalyticsMetrics
{
    public const string ActiveUsers = "active_users";
    public const string OnlineNow = "online_now";
    public const string Sessions = "sessions";
    public const string SignUps = "sign_ups";
    public const string SignIns = "sign_ins";
    public const string SignInFailures = "sign_in_failures";
    public const string Events = "events";
    public const string Requests = "requests";
    public const string Errors4xx = "errors_4xx";
    public const string Errors5xx = "errors_5xx";
    public const string ErrorRate4xx = "error_rate_4xx";
    public const string ErrorRate5xx = "error_rate_5xx";
    public const string LatencyP50 = "latency_p50";
    public const string LatencyP95 = "latency_p95";
    public const string LatencyP99 = "latency_p99";

    public static readonly IReadOnlyList<string> All =
    [
        ActiveUsers, OnlineNow, Sessions, SignUps, SignIns, SignInFailures, Events, Requests,
        Errors4xx, Errors5xx, ErrorRate4xx, ErrorRate5xx, LatencyP50, LatencyP95, LatencyP99,
    ];

    /// <summary>Sampled values: a longer window reports the mean of its samples (the last one, for a live window).</summary>
    public static readonly IReadOnlySet<string> Gauges = new HashSet<string> { ActiveUsers, OnlineNow, Sessions };

    public static bool IsKnown(string metric) => All.Contains(metric);

    /// <summary>The percentile a latency metric stands for (50, 95, 99), or null.</summary>
    public static double? PercentileOf(string metric) => metric switch
    {
        LatencyP50 => 50,
        LatencyP95 => 95,
        LatencyP99 => 99,
        _ => null,
    };
}
