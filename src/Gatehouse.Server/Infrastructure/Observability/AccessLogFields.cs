using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.HttpLogging;

namespace Gatehouse.Server.Infrastructure.Observability;

/// <summary>
/// Adds to each access-log line what the framework cannot know: the route pattern (never the path,
/// which may carry an invite code), the endpoint's name (the action) and the member or API key that
/// made the request.
/// </summary>
public sealed class AccessLogFields : IHttpLoggingInterceptor
{
    public ValueTask OnRequestAsync(HttpLoggingInterceptorContext logContext) => ValueTask.CompletedTask;

    public ValueTask OnResponseAsync(HttpLoggingInterceptorContext logContext)
    {
        var http = logContext.HttpContext;
        if (http.GetEndpoint() is RouteEndpoint endpoint)
        {
            logContext.AddParameter("route", endpoint.RoutePattern.RawText ?? "");
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is { } name) logContext.AddParameter("action", name.EndpointName);
        }
        else
        {
            // No endpoint: a static file of the admin app or an unknown path (404).
            logContext.AddParameter("route", http.Request.Path.Value ?? "");
        }
        if (http.RequestServices.GetService<CurrentActor>() is { } actor)
        {
            if (actor.UserId is { } user) logContext.AddParameter("user_id", user);
            if (actor.ApiKeyId is { } key) logContext.AddParameter("api_key_id", key);
        }
        return ValueTask.CompletedTask;
    }
}
