using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// Names the members of a snapshot or a batch for observers holding users.read
/// (<see cref="PresenceUpdate.User"/>): the Who's online list used to receive the snapshot, then ask
/// for ~600 names in six more requests, and showed "Loading…" for seconds in between.
/// </summary>
public sealed class PresenceMemberCards(IServiceScopeFactory scopes)
{
    private const int Chunk = 500;

    /// <summary>Display data of these members, by id; deleted members are left out.</summary>
    public async Task<Dictionary<Guid, PresenceMember>> LoadAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var found = new Dictionary<Guid, PresenceMember>();
        if (userIds.Count == 0) return found;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GatehouseDb>();
        var roles = await scope.ServiceProvider.GetRequiredService<AccessService>().RolesAsync(ct);
        foreach (var chunk in userIds.Chunk(Chunk))
            foreach (var card in await MemberPresenceColumns.CardsAsync(db, chunk, ct))
                found[card.Id] = new PresenceMember(card.Id, card.Username, card.DisplayName, card.AvatarUrl,
                    [.. card.RoleIds.Where(roles.ById.ContainsKey).Select(id => roles.ById[id])
                        .OrderByDescending(r => r.Priority)
                        .Select(r => new RoleChip(r.Id, r.Name, r.Color, r.Priority, r.Hoist))]);
        return found;
    }

    /// <summary>
    /// The updates with <see cref="PresenceUpdate.User"/> set on those not offline whose member
    /// <paramref name="named"/> does not hold yet (then added to it). Offline updates stay bare.
    /// </summary>
    public async Task<List<PresenceUpdate>> NameAsync(IReadOnlyList<PresenceUpdate> updates, HashSet<Guid> named, CancellationToken ct)
    {
        var wanted = updates.Where(u => !u.IsOffline && !named.Contains(u.UserId)).Select(u => u.UserId).ToHashSet();
        var cards = await LoadAsync(wanted, ct);
        named.UnionWith(cards.Keys);
        return [.. updates.Select(u => !u.IsOffline && wanted.Contains(u.UserId) && cards.TryGetValue(u.UserId, out var card) ? u with { User = card } : u)];
    }
}
