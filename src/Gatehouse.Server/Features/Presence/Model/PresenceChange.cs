namespace Gatehouse.Server.Features.Presence.Model;

/// <summary>
/// One committed change of a user's presence, with both projections before and after so each
/// observer can pick its own (see_invisible or not) and tell whether the user entered or left its filter.
/// </summary>
/// <param name="Connections">The user's gateway connections on this node, which get their own presence back.</param>
public sealed record PresenceChange(
    Guid UserId,
    PresenceUpdate PreviousFull, PresenceUpdate Full,
    PresenceUpdate PreviousPublic, PresenceUpdate Public,
    IReadOnlyList<string> Connections)
{
    /// <summary>False when only hidden details changed (an invisible user's activity): public observers get nothing.</summary>
    public bool PublicChanged { get; } = !Public.SameAs(PreviousPublic);

    public (PresenceUpdate Before, PresenceUpdate After)? For(bool seeInvisible) =>
        seeInvisible ? (PreviousFull, Full) : PublicChanged ? (PreviousPublic, Public) : null;
}

/// <summary>Receives every change, in order per user, while the user's state is locked: keep it cheap and non-blocking.</summary>
public interface IPresenceChangeSink
{
    void Publish(PresenceChange change);
}
