using System.Text.Json.Serialization;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.Extensions;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// A hub's negotiate, made with a token, answers with SignalR's own redirect: the same hub URL and a socket
/// ticket as the access token. The official clients (JavaScript and .NET) negotiate again with the ticket
/// and open the connection with it, so the ~450-character token never goes into the socket's URL, which
/// Kestrel keeps (twice, UTF-16) for the connection's life. A negotiate made with a ticket goes on as usual.
/// Clients that skip negotiate keep connecting with their token. See docs/adr/hub-socket-ticket.md.
/// </summary>
public static class NegotiateTicketRedirect
{
    public static TBuilder AcceptsSocketTickets<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new SocketTicketEndpoint());
        builder.Add(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route || route.RoutePattern.RawText?.EndsWith(SocketTicketEndpoints.NegotiateSegment, StringComparison.Ordinal) != true) return;
            var inner = endpoint.RequestDelegate;
            if (inner is null) return;
            endpoint.RequestDelegate = http => NegotiateAsync(http, inner);
        });
        return builder;
    }

    private static async Task NegotiateAsync(HttpContext http, RequestDelegate inner)
    {
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: var type } && type != SocketTicketEndpoints.Scheme)
        {
            foreach (var issuer in http.RequestServices.GetServices<ISocketTicketIssuer>())
            {
                if (await issuer.IssueAsync(http.User, http.RequestAborted) is not { } ticket) continue;
                await http.Response.WriteAsJsonAsync(new Redirect(HubUrl(http.Request), ticket), http.RequestAborted);
                return;
            }
        }
        await inner(http);
    }

    /// <summary>
    /// The hub's absolute URL as the client reached it (forwarded headers applied), with the query it sent
    /// (<c>platform</c>, <c>negotiateVersion</c>...) but never the token.
    /// </summary>
    private static string HubUrl(HttpRequest request)
    {
        var path = request.Path.Value!;
        var hub = path.EndsWith(SocketTicketEndpoints.NegotiateSegment, StringComparison.OrdinalIgnoreCase) ? path[..^SocketTicketEndpoints.NegotiateSegment.Length] : path;
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, hub, QueryToken.Without(request.Query));
    }

    /// <summary>SignalR's negotiate redirect (its names, not the API's snake case).</summary>
    private sealed record Redirect([property: JsonPropertyName("url")] string Url, [property: JsonPropertyName("accessToken")] string AccessToken);
}
