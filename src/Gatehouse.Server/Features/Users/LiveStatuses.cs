using Gatehouse.Server.Features.Presence.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// A member's <c>status</c> as the API shows it is their live presence, not the status they last
/// chose: someone with no session is offline, and an invisible member is offline to whoever may
/// not see invisibility. The panel must not say "online" about someone who is not there.
/// </summary>
public sealed class LiveStatuses(IMemberPresence presence, CurrentActor actor)
{
    private bool SeeInvisible => actor.Has(Permissions.PresenceSeeInvisible);

    public async Task<string> StatusOfAsync(Guid userId, CancellationToken ct) =>
        await presence.StatusOfAsync(userId, SeeInvisible, ct);

    public async Task<UserResponse> ApplyAsync(UserResponse user, CancellationToken ct)
    {
        var status = await StatusOfAsync(user.Id, ct);
        return status == user.Status ? user : user with { Status = status };
    }

    public async Task<List<UserResponse>> ApplyAsync(IEnumerable<UserResponse> users, CancellationToken ct)
    {
        var result = new List<UserResponse>(users.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var user in users) result.Add(await ApplyAsync(user, ct));
        return result;
    }

    /// <summary>Ids of members who are not offline, with the status this viewer sees.</summary>
    public Task<IReadOnlyDictionary<Guid, string>> PresentAsync(CancellationToken ct) => presence.PresentAsync(SeeInvisible, ct);
}
