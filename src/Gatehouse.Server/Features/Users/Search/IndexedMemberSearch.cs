using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// <c>GET /users</c> (with <c>?q=</c> or without) through this node's <see cref="MemberSearchIndex"/>: the copy picks the
/// page's members (with their roles), the database gives their rows. Lists filtered by presence or last seen stay on the
/// database (those columns change without events); searches sorted by last seen: the copy picks the members
/// and the database orders them (<see cref="LastSeenPageAsync"/>).
/// </summary>
public static class IndexedMemberSearch
{
    /// <summary>
    /// A list the copy answers: any filters but presence and last seen, any sort but last seen, with or without a term
    /// (without one, every member holds the empty term: the list's first page, newest first, reads a chunk or two).
    /// Without a term, members named by id or by external id stay a lookup by key in the database.
    /// </summary>
    public static async ValueTask<bool> ServesAsync(ListUsers.Query query, string sort, MemberSearchIndex index, GatehouseDb db, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(query.Status)
        && (!string.IsNullOrWhiteSpace(query.Q) || (string.IsNullOrWhiteSpace(query.Ids) && string.IsNullOrWhiteSpace(query.ExternalId)))
        && query.LastSeenAfter is null && query.LastSeenBefore is null && MemberOrder.For(sort) is not null
        && await index.OrdersLikeDatabaseAsync(db, ct);

    /// <summary>A search sorted by last seen whose filters the copy knows (all but presence and last seen).</summary>
    public static bool ServesLastSeen(ListUsers.Query query, string sort) =>
        !string.IsNullOrWhiteSpace(query.Q) && string.IsNullOrWhiteSpace(query.Status)
        && query.LastSeenAfter is null && query.LastSeenBefore is null && sort.TrimStart('-') == "last_seen_at";

    /// <summary>The page (up to <paramref name="take"/> members, in order) and how many match in all.</summary>
    public static async Task<(List<User> Page, long Total)> PageAsync(
        GatehouseDb db, MemberSearchIndex index, ListUsers.Query query, string sort, IReadOnlyList<RoleGrant>? roles,
        Cursor? cursor, DateTime cursorInstant, int take, long? outbox, CancellationToken ct)
    {
        await index.CatchUpAsync(db, ct, outbox);
        var after = cursor is null ? null : MemberOrder.CursorEntry(cursor.Value, cursor.Tie, cursorInstant);
        var search = SearchOf(query, roles, after, take) with { CountAll = query.IncludeTotal == true };
        var (page, total) = index.Search(search, MemberOrder.For(sort)!);
        var rows = await MemberReads.FindManyWithoutRolesAsync(db, [.. page.Select(e => e.Id)], ct);
        var members = new List<User>(page.Count);
        foreach (var entry in page)
        {
            // A member deleted for good since the copy caught up has no row any more: left out.
            if (!rows.TryGetValue(entry.Id, out var member)) continue;
            WithRolesOf(member, entry);
            members.Add(member);
        }
        return (members, total);
    }

    /// <summary>
    /// The member's roles as the copy holds them, caught up to this request's position like the search itself: what the
    /// page shows of a role (its chip) comes from the role directory by id, so the role rows need not be read again.
    /// The instant of each assignment is not in the copy, and a list shows none.
    /// </summary>
    private static void WithRolesOf(User member, MemberSearchEntry entry)
    {
        foreach (var role in entry.RoleIds) member.Roles.Add(new UserRole { UserId = member.Id, RoleId = role });
    }

    /// <summary>
    /// Sorted by last seen, which the presence writers change in bulk without events, so only the database
    /// orders by it. The copy knows who matches: when few do, the database orders just those ids; when many
    /// do, it walks its last-seen index (IX_users_LastSeenOrder) and tests each row, stopping at a full page.
    /// Either way the database reads a few thousand rows at most where it sorted every match before.
    /// </summary>
    public static async Task<(List<User> Page, long? Total)> LastSeenPageAsync(
        GatehouseDb db, MemberSearchIndex index, ListUsers.Query query, string sort, IReadOnlyList<RoleGrant>? roles,
        Cursor? cursor, int take, long? outbox, CancellationToken ct)
    {
        await index.CatchUpAsync(db, ct, outbox);
        var search = SearchOf(query, roles, null, take);
        var few = index.Matching(search, index.FewMatches);
        var members = few is not null
            ? db.Users.AsNoTracking().Where(u => EF.Parameter(few).Contains(u.Id))
            : ListUsers.Filter(db.Users.AsNoTracking().Where(u => u.SearchText.Contains(search.Needle)), query, roles);
        if (few is null && search.Ids is { } ids) members = members.Where(u => ids.Contains(u.Id));
        var page = await ListUsers.RowsInOrderAsync(db, ListUsers.Sorted(members, sort, cursor), take, ct);
        long? total = query.IncludeTotal != true ? null : few?.Count ?? index.Count(search);
        return (page, total);
    }

    private static MemberSearchQuery SearchOf(ListUsers.Query query, IReadOnlyList<RoleGrant>? roles, MemberSearchEntry? after, int take) =>
        new((query.Q ?? "").Trim().ToLowerInvariant(), after,
            take, query.IncludeDeleted == true, roles is { Count: > 0 } ? [.. roles.Select(r => r.Id)] : null,
            query.Banned, query.Disabled,
            string.IsNullOrWhiteSpace(query.Tag) ? null : query.Tag,
            string.IsNullOrWhiteSpace(query.ExternalId) ? null : query.ExternalId,
            query.CreatedAfter?.ToUniversalTime(), query.CreatedBefore?.ToUniversalTime(),
            ListUsers.ParseIds(query.Ids, new Validator()) is { } ids ? [.. ids] : null);
}
