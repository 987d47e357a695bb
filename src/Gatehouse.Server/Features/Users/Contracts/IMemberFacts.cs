namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// Read-only facts about members for features that decide things about many members at once
/// (dynamic groups). Deleted members and the owner are left out: nothing automatic may change them.
/// </summary>
public interface IMemberFacts
{
    /// <summary>Every member (or only <paramref name="only"/>), read without tracking.</summary>
    Task<IReadOnlyList<MemberFact>> ListAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct);
}

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
