using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.HttpLogging;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// Adds to each access-log line what the framework cannot know: the route pattern, the path with its
/// secrets masked (<see cref="RedactedPath"/>: never the raw path or query, which may carry an invite
/// code or an access token), the endpoint's name (the action) and the member or API key that made
/// the request.
/// </summary>
public sealed class AccessLogFields : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        var http = logContext.HttpContext;
        // The route pattern groups requests; the path says which resource, with its secrets masked.
        logContext.AddParameter("route", http.GetEndpoint() is RouteEndpoint endpoint ? endpoint.RoutePattern.RawText ?? "" : "(none)");
        logContext.AddParameter("path", RedactedPath.For(http));
        if (http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name) logContext.AddParameter("action", name.EndpointName);
        if (http.RequestServices.GetService<CurrentActor>() is { } actor)
        {
            if (actor.UserId is { } user) logContext.AddParameter("user_id", user);
            if (actor.ApiKeyId is { } key) logContext.AddParameter("api_key_id", key);
        }
        return ValueTask.CompletedTask;
    }
}
