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
/// policy). What a hub needs stays: forwarded headers, routing, CORS for the sites' origins, and the
/// culture of its messages, authentication, the member's log scope and authorization, which such a
/// request passes as a gate whose frames end before the connection starts (<see cref="GatedForHubSockets"/>).
/// </summary>
public static class RealtimeSocketPipeline
{
    /// <summary>The <c>HttpContext.Items</c> key the gate's end sets: the request passed, in this execution context.</summary>
    private static readonly object Passed = new();

    /// <summary>Marks the gate's branch, which only hub sockets take (see <see cref="SkippedByHubSockets"/>).</summary>
    private const string GateBranch = "gatehouse.hub_socket_gate";

    public static IServiceCollection AddRealtimeHubPath(this IServiceCollection services, PathString path) =>
        services.AddSingleton(new RealtimeHubPath(path));

    /// <summary>
    /// The middlewares <paramref name="configure"/> adds run for every request but WebSocket handshakes to a hub,
    /// which go straight on (a synchronous hand-over: nothing of it stays on the connection).
    /// </summary>
    public static IApplicationBuilder SkippedByHubSockets(this IApplicationBuilder app, Action<IApplicationBuilder> configure)
    {
        // In the gate's branch they would never run: not even built (the rate limiter's would start its own timers).
        if (app.Properties.ContainsKey(GateBranch)) return app;
        var paths = HubPaths(app);
        return app.UseWhen(http => !IsSocketTo(http, paths), configure);
    }

    /// <summary>
    /// The middlewares <paramref name="configure"/> adds run only in the gate of <see cref="GatedForHubSockets"/>: for hub
    /// sockets, which the same middlewares skipped earlier in the pipeline (<see cref="SkippedByHubSockets"/>). What they
    /// set in the execution context (the request's culture) goes on with the socket, their frames end with the gate's.
    /// </summary>
    public static IApplicationBuilder InHubSocketGate(this IApplicationBuilder app, Action<IApplicationBuilder> configure)
    {
        if (app.Properties.ContainsKey(GateBranch)) configure(app);
        return app;
    }

    /// <summary>
    /// The middlewares <paramref name="configure"/> adds run for every request, in place; a WebSocket handshake
    /// to a hub runs them as a gate. Authentication and authorization await the rest of the pipeline, so on a
    /// socket their frames, and the request's handlers, results and actor those frames reference, would stay
    /// allocated for the connection's life (2.2 KB of live heap per gateway connection, measured at 10,000).
    /// In the gate, a branch of the same middlewares, the rest of the pipeline is a step that only notes the
    /// request passed: every frame ends and lets go. The request then goes on from here, synchronously, with
    /// the rest of the pipeline. A refused request has its answer (401, 403, 429) written by the gate, as it
    /// would be in place.
    /// </summary>
    /// <remarks>
    /// The framework's middlewares are added to this builder too (for every other request), which is also how
    /// the host knows authentication and authorization are in the pipeline and does not add them again.
    /// </remarks>
    public static IApplicationBuilder GatedForHubSockets(this IApplicationBuilder app, Action<IApplicationBuilder> configure)
    {
        var paths = HubPaths(app);
        var gate = app.New();
        gate.Properties[GateBranch] = true;
        configure(gate);
        gate.Run(Pass);
        RequestDelegate? rest = null;
        // A pipeline is built from its end: the marker below has handed over what follows the middlewares
        // by the time this middleware is built.
        app.Use(next =>
        {
            var passing = gate.Build();
            var onward = rest ?? throw new InvalidOperationException("The gate's rest of the pipeline was not built.");
            return http => IsSocketTo(http, paths) ? ThroughGate(http, passing, onward) : next(http);
        });
        configure(app);
        // Where the middlewares end: what a socket that passed the gate goes on with.
        app.Use(next =>
        {
            rest = next;
            return next;
        });
        return app;
    }

    /// <summary>
    /// The gate's end stands for the rest of the pipeline: it keeps the execution context that the rest would
    /// have run in (the member's log scope is in it) and ends at once, so every middleware of the gate completes.
    /// </summary>
    private static Task Pass(HttpContext http)
    {
        http.Items[Passed] = ExecutionContext.Capture();
        return Task.CompletedTask;
    }

    private static Task ThroughGate(HttpContext http, RequestDelegate gate, RequestDelegate rest)
    {
        var gating = gate(http);
        return gating.IsCompletedSuccessfully ? Onward(http, rest) : OnwardAfterAsync(http, gating, rest);
    }

    /// <summary>
    /// The gate waited for something (a database read on PostgreSQL). This frame stays for the connection's
    /// life, so it holds only the request and the rest of the pipeline.
    /// </summary>
    private static async Task OnwardAfterAsync(HttpContext http, Task gating, RequestDelegate rest)
    {
        await gating;
        // A parameter is a field of the frame: the gate's finished task would be kept with it.
        gating = null!;
        await Onward(http, rest);
    }

    private static Task Onward(HttpContext http, RequestDelegate rest)
    {
        // Not passed: a middleware of the gate answered the request (a refusal) and did not go on.
        if (!http.Items.TryGetValue(Passed, out var passed)) return Task.CompletedTask;
        http.Items.Remove(Passed);
        var caller = ExecutionContext.Capture();
        if (passed is not ExecutionContext context || caller is null) return rest(http);
        // The rest runs in the context the gate's last middleware handed on; whatever it starts captures that
        // context, so the hub's logs name the member (the log scope ended with its frame, which only reset the
        // frame's own copy: an execution context is immutable). Restoring the caller's context afterwards keeps
        // it from the middlewares before this one, as an async method's return would: nothing of this request's
        // member reaches them, nor, through them, the next request on the same HTTP/1.1 connection.
        ExecutionContext.Restore(context);
        try
        {
            return rest(http);
        }
        finally
        {
            ExecutionContext.Restore(caller);
        }
    }

    private static PathString[] HubPaths(IApplicationBuilder app) =>
        app.ApplicationServices.GetServices<RealtimeHubPath>().Select(p => p.Path).ToArray();

    /// <summary>
    /// A WebSocket handshake (HTTP/1.1 upgrade or HTTP/2 extended CONNECT) to one of the hubs. Read from the
    /// server's features, not <c>HttpContext.WebSockets</c>: SignalR adds the WebSocket middleware inside
    /// its own endpoint, so that feature is not there yet.
    /// </summary>
    internal static bool IsSocketTo(HttpContext http, PathString[] paths)
    {
        if (!IsWebSocketHandshake(http)) return false;
        foreach (var path in paths)
            if (http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// A WebSocket handshake, told from the server's features: <c>HttpContext.WebSockets</c> says so only once the
    /// WebSocket middleware has run, which SignalR adds inside its own endpoint.
    /// </summary>
    public static bool IsWebSocketHandshake(HttpContext http) =>
        http.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true }
            ? http.Request.Headers.Upgrade.ToString().Equals("websocket", StringComparison.OrdinalIgnoreCase)
            : http.Features.Get<IHttpExtendedConnectFeature>() is { IsExtendedConnect: true, Protocol: var protocol }
              && string.Equals(protocol, "websocket", StringComparison.OrdinalIgnoreCase);
}
