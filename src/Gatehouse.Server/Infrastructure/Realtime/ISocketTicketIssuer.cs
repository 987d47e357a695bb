using System.Security.Claims;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// Issues a socket ticket for the principals its feature authenticates (Auth: a member's session; site
/// integration: a site member's connection). Null when the principal is not one of them.
/// </summary>
public interface ISocketTicketIssuer
{
    Task<string?> IssueAsync(ClaimsPrincipal user, CancellationToken ct);
}
