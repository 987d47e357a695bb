namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// Members created in bulk for a simulated community (the demo): thousands at first start, so without an audit
/// entry or a domain event each (the caller audits the seeding once). Never used for real people.
/// </summary>
public interface IMemberSeeding
{
    /// <summary>Members carrying the tag, deleted ones included.</summary>
    Task<int> CountTaggedAsync(string tag, CancellationToken ct);

    /// <summary>Members carrying the tag who are not deleted.</summary>
    Task<Guid[]> TaggedIdsAsync(string tag, CancellationToken ct);

    /// <summary>Adds the member to the caller's unit of work (saved with it).</summary>
    void Add(SeededMember member);
}

/// <param name="PasswordHash">Already hashed by the caller.</param>
/// <param name="Status">The chosen status stored on the row (see <see cref="UserStatuses"/>).</param>
/// <param name="RoleId">The member's one role, given at <paramref name="CreatedAt"/>.</param>
public sealed record SeededMember(
    string Username, string DisplayName, string Email, string? AvatarUrl, string PasswordHash, string Status,
    IReadOnlyList<string> Tags, DateTime CreatedAt, DateTime? LastSeenAt, Guid RoleId);
