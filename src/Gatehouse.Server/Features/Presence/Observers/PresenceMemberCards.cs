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
    private readonly Lock _gate = new();
    /// <summary>Cards being read now, by member: observers wanting the same member wait on the same read.</summary>
    private readonly Dictionary<Guid, Task<Dictionary<Guid, PresenceMember>>> _reading = [];

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
                    RoleChip.InOrder(card.RoleIds.Where(roles.ById.ContainsKey).Select(id => roles.ById[id])
                        .Select(r => new RoleChip(r.Id, r.Name, r.Color, r.Priority, r.Hoist))));
        return found;
    }

    /// <summary>
    /// The updates with <see cref="PresenceUpdate.User"/> set on those not offline whose member
    /// <paramref name="named"/> does not hold yet (then added to it). Offline updates stay bare.
    /// </summary>
    public async Task<List<PresenceUpdate>> NameAsync(IReadOnlyList<PresenceUpdate> updates, HashSet<Guid> named, CancellationToken ct)
    {
        var wanted = updates.Where(u => !u.IsOffline && !named.Contains(u.UserId)).Select(u => u.UserId).ToHashSet();
        if (wanted.Count == 0) return [.. updates];
        var cards = await SharedAsync(wanted, ct);
        var result = new List<PresenceUpdate>(updates.Count);
        foreach (var u in updates)
        {
            if (!u.IsOffline && wanted.Contains(u.UserId) && cards.TryGetValue(u.UserId, out var card))
            {
                named.Add(u.UserId);
                result.Add(u with { User = card });
            }
            else result.Add(u);
        }
        return result;
    }

    /// <summary>
    /// The cards of <paramref name="wanted"/>, sharing the reads in flight: a member coming online is
    /// offered to every observer at once, and each used to read the same card (with the whole role
    /// table) for itself — a fifth of the CPU of opening a gateway connection with four observers.
    /// A read is shared only while it runs; the next one reads afresh, so nothing goes stale.
    /// </summary>
    private async Task<Dictionary<Guid, PresenceMember>> SharedAsync(HashSet<Guid> wanted, CancellationToken ct)
    {
        List<Guid>? mine = null;
        TaskCompletionSource<Dictionary<Guid, PresenceMember>>? own = null;
        var reads = new List<Task<Dictionary<Guid, PresenceMember>>>(1);
        lock (_gate)
        {
            foreach (var id in wanted)
            {
                if (_reading.TryGetValue(id, out var running))
                {
                    if (!reads.Contains(running)) reads.Add(running);
                    continue;
                }
                if (own is null)
                {
                    own = new(TaskCreationOptions.RunContinuationsAsynchronously);
                    mine = [];
                    reads.Add(own.Task);
                }
                mine!.Add(id);
                _reading[id] = own.Task;
            }
        }
        if (own is not null)
        {
            try
            {
                // Not the caller's token: other observers wait on this read, and one observer leaving must not fail theirs.
                own.SetResult(await LoadAsync(mine!, CancellationToken.None));
            }
            catch (Exception e)
            {
                own.SetException(e);
            }
            finally
            {
                lock (_gate)
                    foreach (var id in mine!)
                        if (_reading.TryGetValue(id, out var t) && t == own.Task) _reading.Remove(id);
            }
        }
        if (reads.Count == 1) return await reads[0].WaitAsync(ct);
        var found = new Dictionary<Guid, PresenceMember>();
        foreach (var read in reads)
            foreach (var (id, card) in await read.WaitAsync(ct))
                if (wanted.Contains(id)) found[id] = card;
        return found;
    }
}
