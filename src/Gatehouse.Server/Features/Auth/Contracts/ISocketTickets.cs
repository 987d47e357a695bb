namespace Gatehouse.Server.Features.Auth.Contracts;

/// <summary>
/// Socket tickets: short, short-lived credentials for a hub's negotiate and connection, handed out by a
/// negotiate made with a token (see docs/adr/hub-socket-ticket.md). Signed with a key derived from Auth's
/// shared signing keys, so any node of a cluster reads a ticket another node issued.
/// </summary>
public interface ISocketTickets
{
    /// <summary>A ticket for a member's sign-in session (it opens the gateway and the live hub).</summary>
    Task<string> IssueForSessionAsync(Guid userId, Guid sessionId, CancellationToken ct);

    /// <summary>A ticket for a site member's connection token of <paramref name="source"/>, issued at <paramref name="tokenIssuedAt"/> (it opens the gateway).</summary>
    Task<string> IssueForSiteMemberAsync(Guid userId, string source, DateTime tokenIssuedAt, CancellationToken ct);

    /// <summary>What an authentic ticket says, expired or not (the caller decides); null when malformed or not signed by us.</summary>
    SocketTicket? Read(string ticket);
}

/// <param name="SessionId">A member's ticket: the session it stands for.</param>
/// <param name="Source">A site member's ticket: the source of the connection token it replaced.</param>
/// <param name="TokenIssuedAt">A site member's ticket: when that token was issued (revocation times apply to it).</param>
public sealed record SocketTicket(Guid UserId, Guid? SessionId, string? Source, DateTime? TokenIssuedAt, DateTime ExpiresAt)
{
    public bool HasExpired(DateTime now) => ExpiresAt <= now;
}
