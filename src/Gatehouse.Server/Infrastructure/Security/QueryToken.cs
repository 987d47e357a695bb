using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// Marks the real-time endpoints that may take the access token from <c>?access_token=</c>.
/// Browsers cannot set headers on WebSocket and EventSource requests, so hubs (negotiate and
/// connect) and SSE streams need it; everywhere else a token in a URL would end up in logs and
/// history, so it is ignored there.
/// </summary>
public sealed record QueryTokenEndpoint;

public static class QueryToken
{
    public const string Parameter = "access_token";

    public static TBuilder AcceptsQueryToken<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new QueryTokenEndpoint());

    /// <summary>The bearer handler's message hook: routing has run, so the matched endpoint decides.</summary>
    public static Task ReadFromMarkedEndpoints(MessageReceivedContext context)
    {
        if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<QueryTokenEndpoint>() is not null
            && context.Request.Query.TryGetValue(Parameter, out var token))
            context.Token = token;
        return Task.CompletedTask;
    }
}
