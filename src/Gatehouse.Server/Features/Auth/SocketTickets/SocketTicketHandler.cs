using System.Text.Encodings.Web;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.SocketTickets;

/// <summary>
/// Authenticates a hub request that carries a member's socket ticket (the endpoints marked for tickets only):
/// an authentic ticket, unexpired when it opens something (a negotiate, a socket without one), then the very
/// checks an access token goes through (<see cref="SessionPrincipal"/>), so a session revoked or a member
/// disabled since the ticket was issued is refused.
/// </summary>
public sealed class SocketTicketHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ISocketTickets tickets, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (SocketTicketEndpoints.MemberTicketOf(Context) is not { } text) return AuthenticateResult.NoResult();
        if (tickets.Read(text) is not { SessionId: { } sessionId } ticket) return AuthenticateResult.Fail("The socket ticket is not valid.");
        if (ticket.HasExpired(time.GetUtcNow().UtcDateTime) && !SocketTicketEndpoints.NamesConnection(Request))
            return AuthenticateResult.Fail("The socket ticket has expired.");
        if (await SessionPrincipal.LoadActorAsync(Context, ticket.UserId, sessionId) is { } failure) return AuthenticateResult.Fail(failure);
        return AuthenticateResult.Success(new AuthenticationTicket(SessionPrincipal.Of(ticket.UserId, sessionId, SocketTicketEndpoints.Scheme), Scheme.Name));
    }

    /// <summary>As the bearer scheme answers a bad token (RFC 6750): the client should get a new one.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return base.HandleChallengeAsync(properties);
    }
}
