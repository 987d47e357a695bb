namespace Gatehouse.Server.Features.Invites.Contracts;

/// <summary>What other features may ask about invites (dynamic groups' "invite used" test): who came in through which invite.</summary>
public interface IMemberInvites
{
    /// <summary>
    /// The codes of the invites each member used, to join, come back or take an invite's roles
    /// (of <paramref name="only"/> when given). Members who used none are absent.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> CodesUsedAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct);
}
