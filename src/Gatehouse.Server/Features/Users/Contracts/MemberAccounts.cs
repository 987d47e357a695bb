using System.Linq.Expressions;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Contracts;

/// <summary>
/// Member accounts read for access decisions, by the queries the Users feature owns: other features
/// (permissions, the last-administrator rule, report assignment) never read the members table themselves.
/// </summary>
public static class MemberAccounts
{
    /// <summary>The member (deleted ones included); null when unknown.</summary>
    public static async Task<MemberAccount?> FindAsync(GatehouseDb db, Guid userId, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Include(u => u.Roles).FirstOrDefaultAsync(u => u.Id == userId, ct))?.ToAccount();

    /// <summary>
    /// A member's version (null when unknown), which every change to a member bumps (its roles and standing included):
    /// composed into another feature's query (<see cref="CompiledQueries.Call{T1, T2, TResult}"/>), it tells in the same
    /// round trip whether a cached account is still current.
    /// </summary>
    public static readonly Expression<Func<GatehouseDb, Guid, int?>> VersionOf =
        (db, id) => db.Set<User>().Where(u => u.Id == id).Select(u => (int?)u.Version).FirstOrDefault();

    /// <summary>The members among <paramref name="ids"/> that exist (deleted ones included).</summary>
    public static async Task<IReadOnlyList<MemberAccount>> FindManyAsync(GatehouseDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        [.. (await db.Users.AsNoTracking().Include(u => u.Roles).Where(u => ids.Contains(u.Id)).ToListAsync(ct)).Select(u => u.ToAccount())];

    /// <summary>
    /// Active non-owner members other than <paramref name="except"/> who hold one of <paramref name="roleIds"/> or
    /// any allow override, in id order, streamed: the candidates for holding a permission (every one is read).
    /// </summary>
    public static async IAsyncEnumerable<MemberAccount> ActiveCandidatesAsync(
        GatehouseDb db, IReadOnlyCollection<Guid> roleIds, Guid? except, DateTime at, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var candidates = db.Users.AsNoTracking().Include(u => u.Roles)
            .Where(u => !u.IsOwner && u.Id != except).Where(User.ActiveAt(at))
            .Where(u => u.Roles.Any(r => roleIds.Contains(r.RoleId)) || u.AllowOverrides.Count > 0)
            .OrderBy(u => u.Id)
            .AsAsyncEnumerable();
        await foreach (var user in candidates.WithCancellation(ct)) yield return user.ToAccount();
    }
}
