using System.Security.Claims;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// A session's identity: its two claims, <c>sub</c> and <c>sid</c>, kept as the member's id (the text SignalR also
/// keeps as the connection's user) and the session's id, and made into <see cref="Claim"/>s when asked. A hub
/// connection keeps its principal for its whole life, and two claim objects with the session's id as text were
/// ~0.3 KB of each of thousands of gateway connections. Claims added later are kept as usual, after these two;
/// the base class's look-ups (FindFirst, FindAll, HasClaim) all go through <see cref="Claims"/>.
/// </summary>
public sealed class SessionIdentity(Guid userId, Guid sessionId, string authenticationType)
    : ClaimsIdentity(authenticationType, SessionPrincipal.Subject, null)
{
    private readonly string _subject = userId.ToString();

    public Guid UserId { get; } = userId;

    public Guid SessionId { get; } = sessionId;

    public override IEnumerable<Claim> Claims => [.. Own(), .. base.Claims];

    /// <summary>The base class would copy only the claims added later (its own list), not these two.</summary>
    public override ClaimsIdentity Clone()
    {
        var copy = new SessionIdentity(UserId, SessionId, AuthenticationType!) { Label = Label, Actor = Actor?.Clone(), BootstrapContext = BootstrapContext };
        copy.AddClaims(base.Claims.Select(c => c.Clone(copy)));
        return copy;
    }

    private Claim[] Own() =>
    [
        new(SessionPrincipal.Subject, _subject, ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, this),
        new(SessionPrincipal.Session, SessionId.ToString(), ClaimValueTypes.String, ClaimsIdentity.DefaultIssuer, ClaimsIdentity.DefaultIssuer, this),
    ];
}
