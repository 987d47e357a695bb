using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// <c>GET /users?q=</c> through this node's <see cref="MemberSearchIndex"/>: the copy picks the
/// page's ids, the database gives their rows. Searches filtered by presence or last seen, or sorted
/// by last seen, stay on the database (those columns change without events).
/// </summary>
public static class IndexedMemberSearch
{
    public static async ValueTask<bool> ServesAsync(ListUsers.Query query, string sort, MemberSearchIndex index, GatehouseDb db, CancellationToken ct) =>
        !string.IsNullOrWhiteSpace(query.Q) && string.IsNullOrWhiteSpace(query.Status)
        && query.LastSeenAfter is null && query.LastSeenBefore is null && MemberOrder.For(sort) is not null
        && await index.OrdersLikeDatabaseAsync(db, ct);

    /// <summary>The page (up to <paramref name="take"/> members, in order) and how many match in all.</summary>
    public static async Task<(List<User> Page, long Total)> PageAsync(
        GatehouseDb db, MemberSearchIndex index, ListUsers.Query query, string sort, IReadOnlyList<RoleGrant>? roles,
        Cursor? cursor, DateTime cursorInstant, int take, CancellationToken ct)
    {
        await index.CatchUpAsync(db, ct);
        var search = new MemberSearchQuery(
            query.Q!.Trim().ToLowerInvariant(),
            cursor is null ? null : MemberOrder.CursorEntry(cursor.Value, cursor.Tie, cursorInstant),
            take, query.IncludeDeleted == true, roles is { Count: > 0 } ? [.. roles.Select(r => r.Id)] : null,
            query.Banned, query.Disabled,
            string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag,
            string.IsNullOrWhiteSpace(query.ExternalId) ? null : query.ExternalId,
            query.CreatedAfter?.ToUniversalTime(), query.CreatedBefore?.ToUniversalTime(),
            ListUsers.ParseIds(query.Ids, new Validator()) is { } ids ? [.. ids] : null);
        var (page, total) = index.Search(search, MemberOrder.For(sort)!);
        var rows = await db.Users.AsNoTracking().Include(u => u.Roles).Where(u => page.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        // A member deleted for good since the copy caught up has no row any more: left out.
        return ([.. page.Where(rows.ContainsKey).Select(id => rows[id])], total);
    }
}
