using Microsoft.IdentityModel.JsonWebTokens;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Marks the endpoints a site member may open with a connection token (the gateway, analytics ingest).</summary>
public sealed record SiteConnectionEndpoint;

/// <summary>
/// Connection tokens (minted by Gatehouse for a site, or signed by the site itself) open only the
/// endpoints marked <see cref="AcceptsSiteConnections{TBuilder}"/>. Everywhere else the request goes
/// to the API's own schemes, which refuse them (another audience, another signer).
/// </summary>
public static class SiteConnectionEndpoints
{
    public const string Scheme = "SiteConnection";

    /// <summary>The CORS policy of these endpoints: the site origins allowed to open connections from their pages.</summary>
    public const string CorsPolicy = "site-connections";

    /// <summary>The admin API's audience (Auth's access tokens): such a token is never a connection token.</summary>
    private const string ApiAudience = "gatehouse-api";

    public static TBuilder AcceptsSiteConnections<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SiteConnectionEndpoint()).RequireCors(CorsPolicy);

    /// <summary>The bearer token of a request to a marked endpoint that is not an admin API access token (a site member's socket ticket included).</summary>
    public static string? ConnectionTokenOf(HttpContext http)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<SiteConnectionEndpoint>() is null) return null;
        var token = QueryToken.BearerOf(http, endpoint);
        if (token.Length == 0) return null;
        // A site member's socket ticket, where tickets are accepted; elsewhere the API's scheme refuses it.
        if (token.StartsWith(SocketTicketEndpoints.SitePrefix, StringComparison.Ordinal))
            return endpoint.Metadata.GetMetadata<SocketTicketEndpoint>() is not null ? token : null;
        try
        {
            return new JsonWebToken(token).Audiences.Contains(ApiAudience) ? null : token;
        }
        catch (ArgumentException)
        {
            return null; // not a JWT at all: the API's scheme answers it
        }
    }
}
