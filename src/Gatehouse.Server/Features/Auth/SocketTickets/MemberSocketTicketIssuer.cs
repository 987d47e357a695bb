using System.Security.Claims;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Auth.SocketTickets;

/// <summary>A member signed in with an access token (subject and session) gets a ticket for that session.</summary>
public sealed class MemberSocketTicketIssuer(ISocketTickets tickets) : ISocketTicketIssuer
{
    public async Task<string?> IssueAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Guid.TryParse(user.FindFirst(SessionPrincipal.Subject)?.Value, out var userId) && Guid.TryParse(user.FindFirst(SessionPrincipal.Session)?.Value, out var sessionId)
            ? await tickets.IssueForSessionAsync(userId, sessionId, ct)
            : null;
}
