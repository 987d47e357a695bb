using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Auth.SocketTickets;

/// <summary>Issues and reads socket tickets with MAC keys derived from the shared signing keys, on the server clock.</summary>
public sealed class SignedSocketTickets(SigningKeyStore keys, IOptions<GatehouseOptions> options, TimeProvider time) : ISocketTickets
{
    public async Task<string> IssueForSessionAsync(Guid userId, Guid sessionId, CancellationToken ct) =>
        SocketTicketFormat.Member(userId, sessionId, ExpiresAt, await keys.CurrentTicketKeyAsync(ct));

    public async Task<string> IssueForSiteMemberAsync(Guid userId, string source, DateTime tokenIssuedAt, CancellationToken ct) =>
        SocketTicketFormat.SiteMember(userId, source, tokenIssuedAt, ExpiresAt, await keys.CurrentTicketKeyAsync(ct));

    public SocketTicket? Read(string ticket) => SocketTicketFormat.Read(ticket, keys.TicketValidationKeys);

    private DateTime ExpiresAt => time.GetUtcNow().UtcDateTime + options.Value.Security.SocketTicketLifetime;
}
