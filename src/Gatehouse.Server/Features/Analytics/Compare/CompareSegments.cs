using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Compare;

/// <summary>
/// <c>GET /analytics/compare</c>: two segments of one dimension side by side over the same period (an A/B
/// comparison, typically two client versions) — active users, API error rate and latency, site session
/// length, and the conversion between two events — each with B − A and whether it is more than noise.
/// </summary>
public static class CompareSegments
{
    /// <param name="Dimension">role, region, device or version (default version).</param>
    /// <param name="A">The first segment's value (e.g. 2.3.0).</param>
    /// <param name="B">The second segment's value (e.g. 2.4.0).</param>
    /// <param name="From">Start (UTC); default 7 days before to. Raw events are kept for the configured retention.</param>
    /// <param name="To">End (UTC); default now.</param>
    /// <param name="ConversionFrom">Event type that starts the conversion (e.g. checkout_started).</param>
    /// <param name="ConversionTo">Event type that completes it (e.g. checkout_done).</param>
    public sealed record Query(string? Dimension, string? A, string? B, DateTime? From, DateTime? To,
        [property: FromQuery(Name = "conversion_from")] string? ConversionFrom, [property: FromQuery(Name = "conversion_to")] string? ConversionTo);

    /// <param name="Name">active_users, error_rate_5xx, latency_p50|p95|p99 (ms), session_length_mean (s), conversion_rate.</param>
    /// <param name="A">Value for segment A (null when nothing to compute it from).</param>
    /// <param name="SamplesA">What A's value stands on (members, requests, latencies, sessions, members who started).</param>
    /// <param name="Difference">B − A.</param>
    /// <param name="Test">Null for counts, which are not samples of anything.</param>
    public sealed record Metric(string Name, double? A, double? B, long SamplesA, long SamplesB, double? Difference, Significance.Test? Test);

    public sealed record Response(string Dimension, string A, string B, DateTime From, DateTime To, IReadOnlyList<Metric> Metrics);

    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle([AsParameters] Query query, GatehouseDb db,
        IOptions<AnalyticsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var dimension = query.Dimension ?? AnalyticsDimensions.Version;
        if (!AnalyticsDimensions.Segments.Contains(dimension))
            v.Add("dimension", AnalyticsText.Get("dimension.unknown", string.Join(", ", AnalyticsDimensions.Segments)));
        if (string.IsNullOrWhiteSpace(query.A) || query.A.Length > 256) v.Add("a", AnalyticsText.Get("compare.value"));
        if (string.IsNullOrWhiteSpace(query.B) || query.B.Length > 256) v.Add("b", AnalyticsText.Get("compare.value"));
        else if (query.A == query.B) v.Add("b", AnalyticsText.Get("compare.same"));
        if ((query.ConversionFrom is null) != (query.ConversionTo is null))
            v.Add(query.ConversionFrom is null ? "conversion_from" : "conversion_to", AnalyticsText.Get("compare.conversion_pair"));
        var to = (query.To ?? time.GetUtcNow().UtcDateTime).ToUniversalTime();
        var from = (query.From ?? to.AddDays(-7)).ToUniversalTime();
        var maxDays = (int)options.Value.RawRetention.TotalDays;
        if (from >= to || to - from > options.Value.RawRetention) v.Add("from", AnalyticsText.Get("range", maxDays));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        (string, string)? conversion = query.ConversionFrom is { } start ? (start, query.ConversionTo!) : null;
        var a = await VariantSample.LoadAsync(db, dimension, query.A!, from, to, conversion, ct);
        var b = await VariantSample.LoadAsync(db, dimension, query.B!, from, to, conversion, ct);
        return TypedResults.Ok(new Response(dimension, query.A!, query.B!, from, to, Measure(a, b, conversion is not null)));
    }

    public static IReadOnlyList<Metric> Measure(VariantSample a, VariantSample b, bool withConversion)
    {
        var metrics = new List<Metric>
        {
            new("active_users", a.ActiveUsers, b.ActiveUsers, a.ActiveUsers, b.ActiveUsers, b.ActiveUsers - a.ActiveUsers, null),
            Proportion("error_rate_5xx", a.Errors5xx, a.Requests, b.Errors5xx, b.Requests),
        };
        foreach (var p in new[] { 50, 95, 99 })
            metrics.Add(Spread($"latency_p{p}", a.Latencies, b.Latencies, values => Significance.Percentile(values, p)));
        metrics.Add(Spread("session_length_mean", a.SessionSeconds, b.SessionSeconds, Significance.Mean));
        if (withConversion) metrics.Add(Proportion("conversion_rate", a.ConversionDone, a.ConversionStarted, b.ConversionDone, b.ConversionStarted));
        return metrics;
    }

    private static Metric Proportion(string name, long hitsA, long nA, long hitsB, long nB)
    {
        double? rateA = nA == 0 ? null : (double)hitsA / nA, rateB = nB == 0 ? null : (double)hitsB / nB;
        return new Metric(name, rateA, rateB, nA, nB, rateB - rateA, Significance.TwoProportions(hitsA, nA, hitsB, nB));
    }

    /// <summary>Bootstrap resamples at most this many values per side, evenly spread over what was read.</summary>
    private const int MaxBootstrapValues = 2000;

    private static Metric Spread(string name, double[] a, double[] b, Func<double[], double> statistic)
    {
        double? valueA = a.Length == 0 ? null : statistic(a), valueB = b.Length == 0 ? null : statistic(b);
        return new Metric(name, valueA, valueB, a.Length, b.Length, valueB - valueA,
            Significance.Bootstrap(Thin(a), Thin(b), statistic));
    }

    private static double[] Thin(double[] values)
    {
        if (values.Length <= MaxBootstrapValues) return values;
        var step = (double)values.Length / MaxBootstrapValues;
        return [.. Enumerable.Range(0, MaxBootstrapValues).Select(i => values[(int)(i * step)])];
    }
}
