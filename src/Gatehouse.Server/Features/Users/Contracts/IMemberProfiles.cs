namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>A member as the API shows them, for features that answer with a member (who am I, set-up).</summary>
public interface IMemberProfiles
{
    /// <summary>
    /// The member as <c>GET /users/{id}</c> shows them, with the live status the current viewer may see and
    /// <paramref name="permissions"/> when given; null when unknown. Deleted members are found too.
    /// </summary>
    Task<UserResponse?> FindAsync(Guid userId, IReadOnlyList<string>? permissions, CancellationToken ct);
}
