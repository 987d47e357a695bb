using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary><c>GET /analytics/live?interval=1s|5s|1m</c>: the last closed window in full and the recent ones' totals (the sparklines).</summary>
public static class GetLive
{
    /// <param name="Latest">The last closed window, with segments, endpoints and the latency histogram; null right after start.</param>
    /// <param name="Recent">Totals of the recently closed windows, oldest first.</param>
    public sealed record Response(string Interval, AnalyticsWindow? Latest, IReadOnlyList<RecentWindow> Recent);

    public sealed record RecentWindow(long Sequence, DateTime Start, DateTime End, MetricSet Totals);

    public static Results<Ok<Response>, ValidationProblem> Handle(IAnalyticsWindowFeed feed, string interval = AnalyticsIntervals.OneSecond)
    {
        if (!AnalyticsIntervals.All.Contains(interval))
            return Problems.Validation(new Validator().Add("interval", AnalyticsText.Get("interval.unknown", string.Join(", ", AnalyticsIntervals.All))).Errors);
        var recent = feed.Recent(interval);
        return TypedResults.Ok(new Response(interval, recent.Count == 0 ? null : recent[^1],
            [.. recent.Select(w => new RecentWindow(w.Sequence, w.Start, w.End, w.Totals))]));
    }
}
