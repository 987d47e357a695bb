using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// A WebSocket (or stream) request lives as long as its connection, and so does everything the
/// request pipeline hung on it: the request's DI scope with its DbContext and SQLite connection,
/// the signed-in actor with its permission list, the token in the query string. Measured at 10k
/// gateway connections that was over 20 KB per connection. Once authorization has passed, a hub
/// needs none of it (the principal already carries only sub and sid, see AuthModule): this forgets
/// the actor, swaps in an empty scope, disposes the request's, and drops the token from the query.
/// </summary>
public static class RealtimeConnectionSlimming
{
    public static TBuilder WithSlimConnections<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate;
            if (inner is null) return;
            endpoint.RequestDelegate = async http =>
            {
                await SlimAsync(http);
                await inner(http);
            };
        });
        return builder;
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

        if (http.Request.Query.ContainsKey("access_token"))
        {
            var query = QueryString.Create(http.Request.Query
                .Where(q => q.Key != "access_token")
                .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
            http.Request.QueryString = query;
        }
    }
}
