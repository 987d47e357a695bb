using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>A hub's path, registered by the module that maps the hub (the live hub here, the gateway in Presence).</summary>
public sealed record RealtimeHubPath(PathString Path);

/// <summary>
/// A WebSocket to a hub is one request that lasts as long as the connection, hours for a member's
/// gateway, and every middleware that awaits the rest of the pipeline keeps its frame (and what the
/// frame holds) allocated all that time, once per connection. The middlewares a hub connection does
/// not need are passed by on such requests without a frame (<see cref="SkippedByHubSockets"/>): the
/// access log (it would log the connection when it closes, hours later), exception and status-code
/// pages (nothing is written once the socket is upgraded) and the rate limiter (no hub endpoint has a
/// policy). What a hub needs stays: forwarded headers, the culture of its messages, routing, CORS for
/// the sites' origins, authentication, the member's log scope and authorization.
/// </summary>
public static class RealtimeSocketPipeline
{
    public static IServiceCollection AddRealtimeHubPath(this IServiceCollection services, PathString path) =>
        services.AddSingleton(new RealtimeHubPath(path));

    /// <summary>
    /// The middlewares <paramref name="configure"/> adds run for every request but WebSocket handshakes to a hub,
    /// which go straight on (a synchronous hand-over: nothing of it stays on the connection).
    /// </summary>
    public static IApplicationBuilder SkippedByHubSockets(this IApplicationBuilder app, Action<IApplicationBuilder> configure)
    {
        var paths = app.ApplicationServices.GetServices<RealtimeHubPath>().Select(p => p.Path).ToArray();
        return app.UseWhen(http => !IsSocketTo(http, paths), configure);
    }

    /// <summary>
    /// A WebSocket handshake (HTTP/1.1 upgrade or HTTP/2 extended CONNECT) to one of the hubs. Read from the
    /// server's features, not <c>HttpContext.WebSockets</c>: SignalR adds the WebSocket middleware inside
    /// its own endpoint, so that feature is not there yet.
    /// </summary>
    internal static bool IsSocketTo(HttpContext http, PathString[] paths)
    {
        var socket = http.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
            ? http.Request.Headers.Upgrade.ToString().Equals("websocket", StringComparison.OrdinalIgnoreCase)
            : http.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true, Protocol: var protocol }
              && string.Equals(protocol, "websocket", StringComparison.OrdinalIgnoreCase);
        if (!socket) return false;
        foreach (var path in paths)
            if (http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
