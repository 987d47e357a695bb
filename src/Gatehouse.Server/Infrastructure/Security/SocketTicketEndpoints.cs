namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>Marks the hub endpoints (negotiate and connect) that take a socket ticket in place of a token.</summary>
public sealed record SocketTicketEndpoint;

/// <summary>
/// A socket ticket is the short credential a hub's negotiate hands out in exchange for the access token
/// (or a site's connection token), so the long token never goes into a socket's URL, where Kestrel keeps
/// it for the connection's life. Tickets open the marked hub endpoints only; anywhere else the request
/// goes to the API's bearer scheme, which cannot read them (401). See docs/adr/hub-socket-ticket.md.
/// </summary>
public static class SocketTicketEndpoints
{
    public const string Scheme = "SocketTicket";

    /// <summary>A member's ticket (their sign-in session). Never the start of a JWT (<c>eyJ</c>), an API key or a site key.</summary>
    public const string MemberPrefix = "gtm.";

    /// <summary>A site member's ticket (a connection token's member): only where site connections are accepted too.</summary>
    public const string SitePrefix = "gts.";

    /// <summary>The member ticket a request to a marked endpoint carries (bearer header, or <c>?access_token=</c>); else null.</summary>
    public static string? MemberTicketOf(HttpContext http) => TicketOf(http, MemberPrefix);

    /// <summary>
    /// The request goes on with a connection a negotiate created (SignalR's <c>?id=</c>): a socket, a stream or a
    /// poll of it. Its ticket's lifetime was checked at that negotiate; such a request names a connection that
    /// exists only for a negotiate made with a fresh ticket, and a long poll repeats the same ticket for hours.
    /// A negotiate never goes on with one, whatever its query says: it is where a connection is created.
    /// </summary>
    public static bool NamesConnection(HttpRequest request) =>
        request.Query.ContainsKey(ConnectionIdParameter) && !request.Path.Value!.EndsWith(NegotiateSegment, StringComparison.OrdinalIgnoreCase);

    private const string ConnectionIdParameter = "id";

    /// <summary>The last segment of a hub's negotiate endpoint.</summary>
    public const string NegotiateSegment = "/negotiate";

    private static string? TicketOf(HttpContext http, string prefix)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<SocketTicketEndpoint>() is null) return null;
        var token = QueryToken.BearerOf(http, endpoint);
        return token.StartsWith(prefix, StringComparison.Ordinal) ? token : null;
    }
}
