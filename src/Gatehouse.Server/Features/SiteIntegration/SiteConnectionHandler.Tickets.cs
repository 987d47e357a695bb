using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// A site member's socket ticket, handed out by the gateway's negotiate for their connection token: the
/// token's own checks again (revocation times, the source's rate, a ban or a disabled account since), so
/// whatever happened between negotiate and connect refuses the connection as it would refuse the token.
/// </summary>
public sealed partial class SiteConnectionHandler
{
    private async Task<AuthenticateResult> RedeemTicketAsync(string text, CancellationToken ct)
    {
        if (tickets.Read(text) is not { Source: { } source, TokenIssuedAt: { } issuedAt } ticket)
            return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", "socket ticket"));
        // A request going on with a connection (a socket, a poll) was counted, and its ticket's lifetime checked, at its negotiate.
        var opens = !SocketTicketEndpoints.NamesConnection(Request);
        if (opens && ticket.HasExpired(time.GetUtcNow().UtcDateTime))
            return Refuse(401, "invalid-token", Messages.Get("site.token_invalid", "socket ticket expired"));
        var sourceRevoked = options.CurrentValue.Sources.TryGetValue(source, out var site) ? site.RevokeBefore : null;
        if ((RefuseRevoked(issuedAt, sourceRevoked) ?? (opens ? RefuseOverRate(source) : null)) is { } refused) return refused;

        if (await signIns.FindAsync(ticket.UserId, ct) is not { DeletedAt: null } member)
            return Refuse(403, "account-deleted", Messages.Get("site.deleted_member"));
        var now = time.GetUtcNow().UtcDateTime;
        var standing = member.IsDisabled ? SiteMemberStanding.Disabled : member.IsActive(now) ? SiteMemberStanding.Active : SiteMemberStanding.Banned;
        return await RefuseOutOfStandingAsync(new SiteMemberResult(member.Id, false, false, standing, member.DisabledReason), source, null, ct)
            ?? Admit(member.Id, source, issuedAt, SocketTicketEndpoints.Scheme);
    }
}
