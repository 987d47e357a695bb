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

    /// <summary>The request's bearer token: the header's, else, on a marked endpoint, the query's; empty when none.</summary>
    public static string BearerOf(HttpContext http, Endpoint endpoint)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim()
            : endpoint.Metadata.GetMetadata<QueryTokenEndpoint>() is not null ? http.Request.Query[Parameter].ToString() : "";
    }

    /// <summary>The query string without the token (every other parameter, in order).</summary>
    public static QueryString Without(IQueryCollection query) =>
        QueryString.Create(query.Where(q => q.Key != Parameter).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v))));
}
