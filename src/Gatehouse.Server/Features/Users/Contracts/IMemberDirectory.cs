namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// Read-only member listing for other features (scheduled reports): the members a filter selects,
/// streamed in username order so a caller can write 100k rows without holding them.
/// </summary>
public interface IMemberDirectory
{
    /// <summary>Whether a role reference (id or name) names an existing role.</summary>
    Task<bool> RoleExistsAsync(string reference, CancellationToken ct);

    IAsyncEnumerable<MemberSummary> ListAsync(MemberFilter filter, CancellationToken ct);
}

/// <summary>Filters combined with AND; null means "any". Deleted members are never listed.</summary>
/// <param name="State">active, banned or disabled.</param>
public sealed record MemberFilter(
    string? Role = null, string? Tag = null, string? State = null, DateTime? JoinedAfter = null, DateTime? JoinedBefore = null)
{
    public static readonly IReadOnlyList<string> States = ["active", "banned", "disabled"];
}

public sealed record MemberSummary(
    Guid Id, string Username, string DisplayName, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Tags, string State,
    DateTime CreatedAt, DateTime? LastSeenAt);
