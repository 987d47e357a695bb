using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// The member reads that run on most requests (a member by id, a search's page), straight from the rows with the EF
/// model's mappings (<see cref="ModelRows"/>): through EF's query pipeline, even compiled, they cost several times what
/// SQLite spends on them. Two flat reads in one round trip, members and their roles, instead of a join EF would shape into collections.
/// </summary>
public static class MemberReads
{
    /// <summary>The member with their roles, deleted or not, untracked; null when unknown.</summary>
    public static async Task<User?> FindAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        (await FindManyAsync(db, [id], ct)).GetValueOrDefault(id);

    /// <summary>The members among <paramref name="ids"/> with their roles, untracked, by id (a list's page, the search copy's reloads).</summary>
    public static async Task<Dictionary<Guid, User>> FindManyAsync(GatehouseDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var (members, roles) = await ModelRows.WhereInAsync<User, UserRole, Guid>(db, nameof(User.Id), nameof(UserRole.UserId), ids, ct);
        var found = new Dictionary<Guid, User>(members.Count);
        foreach (var u in members) found[u.Id] = u;
        foreach (var role in roles)
            if (found.TryGetValue(role.UserId, out var holder)) holder.Roles.Add(role);
        return found;
    }

    /// <summary>
    /// The members among <paramref name="ids"/> with no role rows read (<see cref="User.Roles"/> left empty), for a caller
    /// that knows them already: a search's page takes them from the copy it searched, which saves reading as many rows
    /// again (a member's roles are rows of their own, each found through an index).
    /// </summary>
    public static async Task<Dictionary<Guid, User>> FindManyWithoutRolesAsync(GatehouseDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, User>(ids.Count);
        foreach (var u in await ModelRows.WhereInAsync<User, Guid>(db, nameof(User.Id), ids, ct)) found[u.Id] = u;
        return found;
    }
}
