using System.Diagnostics;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// A WebSocket (or stream) request lives as long as its connection, and so does everything the
/// request pipeline hung on it: the request's DI scope with its DbContext and SQLite connection,
/// the signed-in actor with its permission list, the authentication result, the token in the query
/// string. Measured at 10k gateway connections that was over 20 KB per connection. Once
/// authorization has passed, a hub needs none of it but the user (the principal already carries only
/// sub and sid, see AuthModule): this forgets the actor, swaps in an empty scope, disposes the
/// request's, keeps the user without the result, and drops the token from the query.
/// </summary>
public static class RealtimeConnectionSlimming
{
    public static TBuilder WithSlimConnections<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate;
            if (inner is null) return;
            // Not async on the way through, or its frame would stay as long as the connection.
            endpoint.RequestDelegate = http =>
            {
                var slimming = SlimAsync(http);
                return slimming.IsCompletedSuccessfully ? inner(http) : ThenAsync(slimming, http, inner);
            };
        });
        return builder;
    }

    /// <summary>The request's scope had something to dispose asynchronously: the rare case pays a frame.</summary>
    private static async Task ThenAsync(Task slimming, HttpContext http, RequestDelegate inner)
    {
        await slimming;
        await inner(http);
    }

    private static async Task SlimAsync(HttpContext http)
    {
        // On a Server-Sent Events or long-polling request, the authorization middleware's pending state
        // keeps the request's authorization handlers, and through them the actor, reachable for the
        // connection's lifetime: empty it first. (A WebSocket passed authorization as a gate, which let go.)
        http.RequestServices.GetService<CurrentActor>()?.Forget();

        // Disposing the feature disposes the request's scope and lets go of it (disposing the scope
        // alone would leave it, and all it resolved, referenced until the connection ends). A new
        // feature creates a scope only if something asks for one, and disposes it at the end.
        var scopes = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        if (http.Features.Get<IServiceProvidersFeature>() is IAsyncDisposable requestScope) await requestScope.DisposeAsync();
        http.Features.Set<IServiceProvidersFeature>(new RequestServicesFeature(http, scopes));

        // The authentication result (its ticket, and properties with the token's issue and expiry times)
        // hangs on the request's features; SignalR takes only the user from them.
        if (http.Features.Get<IAuthenticateResultFeature>() is not null)
        {
            var user = http.User;
            http.Features.Set<IAuthenticateResultFeature>(null);
            http.Features.Set<IHttpAuthenticationFeature>(new HttpAuthenticationFeature { User = user });
        }

        // A socket's request is not traced (ObservabilityModule), but its activity stays for the connection's life (log
        // lines take their trace ids from it) with the tags the host gave it at the start: method, path, address,
        // port, protocol, user agent (~0.4 KB). No span will be exported from it: let them go.
        if (Activity.Current is { Recorded: false } activity)
            foreach (var tag in activity.TagObjects.ToArray()) activity.SetTag(tag.Key, null);

        if (http.Request.Query.ContainsKey(QueryToken.Parameter)) http.Request.QueryString = QueryToken.Without(http.Request.Query);
    }
}
