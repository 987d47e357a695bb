using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// The member reads that run on most requests, compiled once (see <see cref="CompiledQueries"/>): EF otherwise builds,
/// walks and hashes the query's expression tree at every call to find its cached SQL, which cost more than the read
/// itself for one member by id (~9 % of the CPU of <c>GET /auth/me</c>).
/// </summary>
public static class MemberReads
{
    private static readonly CompiledQueries.PerModel<Func<GatehouseDb, Guid, CancellationToken, Task<User?>>> ById = new(() =>
        EF.CompileAsyncQuery((GatehouseDb db, Guid id, CancellationToken ct) =>
            db.Set<User>().AsNoTracking().Include(u => u.Roles).FirstOrDefault(u => u.Id == id)));

    private static readonly CompiledQueries.PerModel<Func<GatehouseDb, List<Guid>, IAsyncEnumerable<User>>> ByIds = new(() =>
        EF.CompileAsyncQuery((GatehouseDb db, List<Guid> ids) =>
            db.Set<User>().AsNoTracking().Include(u => u.Roles).Where(u => ids.Contains(u.Id))));

    /// <summary>The member with their roles, deleted or not, untracked; null when unknown.</summary>
    public static Task<User?> FindAsync(GatehouseDb db, Guid id, CancellationToken ct) => ById.For(db)(db, id, ct);

    /// <summary>The members among <paramref name="ids"/> with their roles, untracked, by id (a search's page).</summary>
    public static async Task<Dictionary<Guid, User>> FindManyAsync(GatehouseDb db, List<Guid> ids, CancellationToken ct)
    {
        var found = new Dictionary<Guid, User>(ids.Count);
        await foreach (var u in ByIds.For(db)(db, ids).WithCancellation(ct)) found[u.Id] = u;
        return found;
    }
}
