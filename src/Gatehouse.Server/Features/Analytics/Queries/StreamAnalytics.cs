using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Live;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Queries;

/// <summary>
/// <c>GET /analytics/stream?interval=1s|5s|1m&amp;segment=role</c>: the <c>analytics</c> topic as Server-Sent Events
/// (<c>analytics.window</c>, id = the window's sequence). With <c>Last-Event-ID</c> still among the recent
/// windows the stream replays what was missed; otherwise it starts with the latest window. With <c>progress=true</c>
/// the open window so far comes too, every <c>Analytics:ProgressEvery</c>, as <c>analytics.progress</c> events
/// without an id (they never move the resume point).
/// </summary>
public static class StreamAnalytics
{
    public const string EventName = "analytics.window";
    public const string ProgressEventName = "analytics.progress";

    public static async Task<Results<EmptyHttpResult, ValidationProblem>> Handle(HttpContext http, IAnalyticsWindowFeed feed,
        IOptions<AnalyticsOptions> options, CancellationToken ct, string interval = AnalyticsIntervals.OneSecond, string? segment = null,
        bool progress = false)
    {
        var v = new Validator();
        if (!AnalyticsIntervals.All.Contains(interval)) v.Add("interval", AnalyticsText.Get("interval.unknown", string.Join(", ", AnalyticsIntervals.All)));
        if (segment is not null && !AnalyticsDimensions.Segments.Contains(segment))
            v.Add("segment", AnalyticsText.Get("dimension.unknown", string.Join(", ", AnalyticsDimensions.Segments)));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        ServerSentEvents.Start(http);
        using var follow = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // Follow first, then read the backlog: a window closing in between is in one or the other, skipped by sequence if in both.
        var windows = feed.FollowAsync(interval, follow.Token, progress).GetAsyncEnumerator(follow.Token);
        var recent = feed.Recent(interval);
        var resumeFrom = ServerSentEvents.LastEventId(http);
        var backlog = resumeFrom is { } last && recent.Count > 0 && recent[0].Sequence <= last
            ? recent.Where(w => w.Sequence > last).ToList()
            : recent.Count > 0 ? [recent[^1]] : [];
        var sent = resumeFrom ?? 0;
        foreach (var w in backlog) sent = Write(http, w, segment);
        await http.Response.Body.FlushAsync(ct);

        var keepAlive = options.Value.StreamKeepAlive;
        Task<bool>? next = null;
        try
        {
            next = windows.MoveNextAsync().AsTask();
            while (true)
            {
                var done = await Task.WhenAny(next, Task.Delay(keepAlive, ct));
                if (done != next)
                {
                    await ServerSentEvents.KeepAliveAsync(http, ct);
                    continue;
                }
                if (!await next) break;
                if (windows.Current.Open)
                {
                    ServerSentEvents.Write(http.Response.BodyWriter, null, ProgressEventName, AnalyticsProjection.For(windows.Current, segment));
                    await http.Response.BodyWriter.FlushAsync(ct);
                }
                else if (windows.Current.Sequence > sent)
                {
                    sent = Write(http, windows.Current, segment);
                    await http.Response.BodyWriter.FlushAsync(ct);
                }
                next = windows.MoveNextAsync().AsTask();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        finally
        {
            await follow.CancelAsync();
            try
            {
                // The enumerator may only be disposed once its pending step has finished (cancelled above).
                if (next is not null) await next;
            }
            catch (OperationCanceledException)
            {
            }
            await windows.DisposeAsync();
        }
        return TypedResults.Empty;
    }

    private static long Write(HttpContext http, AnalyticsWindow window, string? segment)
    {
        ServerSentEvents.Write(http.Response.BodyWriter, window.Sequence, EventName, AnalyticsProjection.For(window, segment));
        return window.Sequence;
    }
}
