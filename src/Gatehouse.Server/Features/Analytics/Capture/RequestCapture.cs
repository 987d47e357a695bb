using System.Collections.Concurrent;
using System.Diagnostics;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Diagnostics;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// Records every API request (method, route template, status, duration) around the whole pipeline, so
/// the time includes authentication and errors turned into ProblemDetails. A sign-in attempt is also
/// recorded as a success or a failure, read from the answer of <c>POST /api/v1/auth/login</c>.
/// Streams (Server-Sent Events) are left out: their "duration" is the viewer's visit, not a latency.
/// </summary>
public sealed class RequestCapture(EventPipeline pipeline, ClientContext context, TimeProvider time) : IStartupFilter
{
    public const string SignInRoute = "POST /api/v1/auth/login";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(CaptureAsync);
        next(app);
    };

    // Not async for other paths: an awaiting frame would stay allocated as long as the request, and a
    // real-time connection (/gateway, /hubs/live) is one request lasting hours.
    private Task CaptureAsync(HttpContext http, Func<Task> next) =>
        http.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) ? MeasureAsync(http, next) : next();

    private async Task MeasureAsync(HttpContext http, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next();
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            if (http.Response.ContentType?.StartsWith("text/event-stream", StringComparison.Ordinal) != true)
                Record(http, failed ? 500 : http.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    // One string per endpoint and method instead of one per request: the event holding it lives until the raw-event writer stores it.
    private readonly ConcurrentDictionary<(RouteEndpoint, string), string> _routes = new();

    private string RouteOf(RouteEndpoint? endpoint, string method)
    {
        if (endpoint?.RoutePattern.RawText is not { } template) return Cut($"{method} (unmatched)");
        if (_routes.TryGetValue((endpoint, method), out var route)) return route;
        route = Cut($"{method} /{template.TrimStart('/')}");
        // Bounded: an endpoint that takes any method could otherwise grow it with made-up methods.
        if (_routes.Count < 4096) _routes.TryAdd((endpoint, method), route);
        return route;
    }

    private static string Cut(string route) => route.Length > 256 ? route[..256] : route;

    private void Record(HttpContext http, int status, double durationMs)
    {
        // The exception handler clears the endpoint of a request that threw (a 400 for a malformed id); its feature keeps it.
        var endpoint = http.GetEndpoint() ?? http.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        var route = RouteOf(endpoint as RouteEndpoint, http.Request.Method);
        var actor = http.RequestServices.GetService<CurrentActor>();
        var (region, ip) = context.Locate(http.Connection.RemoteIpAddress);
        var now = time.GetUtcNow().UtcDateTime;
        RawEvent Make(string type) => new()
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Source = EventSources.Server,
            UserId = actor?.UserId,
            OccurredAt = now,
            ReceivedAt = now,
            Role = context.RoleOf(actor),
            Region = region,
            Device = AnalyticsDimensions.Unknown,
            Version = ClientContext.VersionOf(http.Request),
            Route = route,
            Status = status,
            DurationMs = durationMs,
            Ip = ip,
        };
        pipeline.Capture(Make(ServerEventTypes.Request));
        if (route == SignInRoute)
            pipeline.Capture(Make(status is >= 200 and < 300 ? ServerEventTypes.SignIn : ServerEventTypes.SignInFailed));
    }
}
