using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// A WebSocket (or stream) request lives as long as its connection, and so does everything the
/// request pipeline hung on it: the request's DI scope with its DbContext and SQLite connection,
/// the signed-in actor's permission list, the validated JWT with all its claims, the token in the
/// query string. Measured at 10k gateway connections that was over 20 KB per connection. Once
/// authorization has passed, a hub needs none of it: this swaps in an empty scope, disposes the
/// request's, keeps only the identity claims, and drops the token from the query.
/// </summary>
public static class RealtimeConnectionSlimming
{
    private static readonly string[] KeptClaims = ["sub", "sid"];

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
        // Disposing the feature disposes the request's scope and lets go of it (disposing the scope
        // alone would leave it, and all it resolved, referenced until the connection ends). A new
        // feature creates a scope only if something asks for one, and disposes it at the end.
        var scopes = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        if (http.Features.Get<IServiceProvidersFeature>() is IAsyncDisposable requestScope) await requestScope.DisposeAsync();
        http.Features.Set<IServiceProvidersFeature>(new RequestServicesFeature(http, scopes));

        if (http.User.Identity is { IsAuthenticated: true } identity)
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity(
                http.User.Claims.Where(c => KeptClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
                identity.AuthenticationType, "sub", null));
            if (http.Features.Get<IAuthenticateResultFeature>() is { } result)
                result.AuthenticateResult = AuthenticateResult.Success(new AuthenticationTicket(http.User, identity.AuthenticationType ?? "Bearer"));
        }

        if (http.Request.Query.ContainsKey("access_token"))
        {
            var query = QueryString.Create(http.Request.Query
                .Where(q => q.Key != "access_token")
                .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
            http.Request.QueryString = query;
        }
    }
}
