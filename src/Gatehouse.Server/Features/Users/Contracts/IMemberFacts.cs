namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// Read-only facts about members for features that decide things about many members at once
/// (dynamic groups). Deleted members and the owner are left out: nothing automatic may change them.
/// </summary>
public interface IMemberFacts
{
    /// <summary>Every member (or only <paramref name="only"/>), read without tracking.</summary>
    Task<IReadOnlyList<MemberFact>> ListAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct);

    /// <summary>
    /// The members a selection names: <see cref="MemberSelection.Only"/> restricts, and within it the
    /// members <see cref="MemberSelection.Filter"/> matches (tested by the database) plus <see cref="MemberSelection.Plus"/>.
    /// </summary>
    Task<IReadOnlyList<MemberFact>> ListAsync(MemberSelection selection, CancellationToken ct);

    /// <summary>How many members <see cref="ListAsync(IReadOnlyCollection{Guid}?, CancellationToken)"/> would list with no restriction.</summary>
    Task<int> CountAsync(CancellationToken ct);
}

/// <param name="Only">Only these members (null: everyone).</param>
/// <param name="Filter">Of those, the ones the filter matches (null: all of them).</param>
/// <param name="Plus">Also these members, whatever the filter says (a rule's group).</param>
public sealed record MemberSelection(IReadOnlyCollection<Guid>? Only = null, MemberCondition? Filter = null, IReadOnlyCollection<Guid>? Plus = null);

/// <param name="RoleIds">The member's own roles (not inherited ones).</param>
public sealed record MemberFact(Guid Id, string Username, DateTime CreatedAt, DateTime? LastSeenAt, IReadOnlyList<string> Tags, IReadOnlyList<Guid> RoleIds);

/// <summary>
/// One automatic change of a role or a tag, made by a rule rather than a person. The audit entry
/// names <paramref name="ActorType"/> and <paramref name="ActorId"/> as the actor.
/// </summary>
/// <param name="RoleId">The role to give or take (null when the change is a tag).</param>
/// <param name="Tag">The tag to add or remove (null when the change is a role).</param>
/// <param name="Add">True to give, false to take away.</param>
public sealed record AutomaticChange(Guid? RoleId, string? Tag, bool Add, string ActorType, Guid ActorId, string ActorName);
