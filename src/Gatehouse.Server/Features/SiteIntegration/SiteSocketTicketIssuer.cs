using System.Security.Claims;
using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>A site member connecting with a connection token gets a ticket for the same member, source and token age.</summary>
public sealed class SiteSocketTicketIssuer(ISocketTickets tickets) : ISocketTicketIssuer
{
    public async Task<string?> IssueAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.AuthenticationType != SiteConnectionEndpoints.Scheme
            || !Guid.TryParse(user.FindFirst(SiteClaims.Subject)?.Value, out var userId)
            || user.FindFirst(SiteClaims.Source)?.Value is not { } source
            || !long.TryParse(user.FindFirst(SiteClaims.TokenIssuedAt)?.Value, out var issuedAt))
            return null;
        return await tickets.IssueForSiteMemberAsync(userId, source, DateTimeOffset.FromUnixTimeSeconds(issuedAt).UtcDateTime, ct);
    }
}
