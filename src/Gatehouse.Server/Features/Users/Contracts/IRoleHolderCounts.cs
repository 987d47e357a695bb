namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>How many members hold each role (role lists show member counts).</summary>
public interface IRoleHolderCounts
{
    /// <summary>Per role id, how many members who are not deleted hold it directly (roles nobody holds are absent).</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountLiveByRoleAsync(CancellationToken ct);
}
