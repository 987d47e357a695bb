using System.Globalization;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Features.Users.Search;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public static class ListUsers
{
    public const int MaxLimit = 200;
    public static readonly string[] Sorts =
        ["username", "-username", "display_name", "-display_name", "created_at", "-created_at", "last_seen_at", "-last_seen_at"];

    /// <summary>
    /// Filters of the member list; all optional and combined with AND. <c>status</c> and <c>role</c> take several values
    /// separated by commas (a member matches any of them); a role whose own name holds a comma is still found whole.
    /// </summary>
    public sealed record Query(
        string? Q, string? Status, string? Role, bool? Banned, bool? Disabled, string? Tag,
        [property: FromQuery(Name = "created_after")] DateTime? CreatedAfter,
        [property: FromQuery(Name = "created_before")] DateTime? CreatedBefore,
        [property: FromQuery(Name = "last_seen_after")] DateTime? LastSeenAfter,
        [property: FromQuery(Name = "last_seen_before")] DateTime? LastSeenBefore,
        string? Sort, int? Limit, string? Cursor,
        [property: FromQuery(Name = "include_total")] bool? IncludeTotal,
        [property: FromQuery(Name = "include_deleted")] bool? IncludeDeleted,
        string? Ids = null,
        [property: FromQuery(Name = "external_id")] string? ExternalId = null);

    /// <summary>Most ids one request may name (keeps the URL well under Kestrel's 8 KB request line).</summary>
    public const int MaxIds = 100;

    public static async Task<Results<Ok<Page<UserResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] Query query, GatehouseDb db, AccessService access, LiveStatuses live, MemberSearchIndex index,
        RequestOutboxPosition outbox, CancellationToken ct)
    {
        var sort = query.Sort ?? "username";
        var limit = query.Limit ?? 50;
        var roles = await access.RolesForReadingAsync(ct);
        var (v, wanted) = Check(query, roles);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var shape = $"{sort}|{query.Q}|{query.Status}|{string.Join(',', wanted?.Select(r => r.Id) ?? [])}|{query.Banned}|{query.Disabled}|{query.Tag}|{query.CreatedAfter:O}|{query.CreatedBefore:O}|{query.LastSeenAfter:O}|{query.LastSeenBefore:O}|{query.IncludeDeleted}|{query.Ids}|{query.ExternalId}";
        if (!Cursor.TryDecode(query.Cursor, shape, out var cursor))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        List<User> page;
        long? total;
        if (await IndexedMemberSearch.ServesAsync(query, sort, index, db, ct))
        {
            var found = await IndexedMemberSearch.PageAsync(db, index, query, sort, wanted, cursor, CursorInstant(cursor, sort), limit + 1, outbox.Read, ct);
            (page, total) = (found.Page, query.IncludeTotal == true ? found.Total : null);
        }
        else if (IndexedMemberSearch.ServesLastSeen(query, sort))
            (page, total) = await IndexedMemberSearch.LastSeenPageAsync(db, index, query, sort, wanted, cursor, limit + 1, outbox.Read, ct);
        else
        {
            var users = await MatchingAsync(db, live, query, wanted, ct);
            total = query.IncludeTotal == true ? await users.LongCountAsync(ct) : null;
            page = await RowsInOrderAsync(db, Sorted(users, sort, cursor), limit + 1, ct);
        }
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            var last = page[^1];
            next = new Cursor(shape, SortValue(last, sort), last.UsernameNormalized).Encode();
        }
        return TypedResults.Ok(new Page<UserResponse>(await live.ApplyAsync(page.Select(u => UserResponse.Of(u, roles)), ct), next, total));
    }

    /// <summary>
    /// The first <paramref name="take"/> members of a sorted query: their ids in order, then their rows by the hot read
    /// (<see cref="MemberReads"/>). EF shaping 51 members with their roles cost more than the rest of a list request.
    /// </summary>
    internal static async Task<List<User>> RowsInOrderAsync(GatehouseDb db, IQueryable<User> sorted, int take, CancellationToken ct)
    {
        var ids = await sorted.Select(u => u.Id).Take(take).ToListAsync(ct);
        var rows = await MemberReads.FindManyAsync(db, ids, ct);
        // A member deleted for good between the two reads has no row any more: left out.
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    /// <summary>The query's parameters checked (shared with the export); the role filter resolved.</summary>
    internal static (Validator V, IReadOnlyList<RoleGrant>? Roles) Check(Query query, RoleDirectory roles)
    {
        var v = new Validator();
        if (!Sorts.Contains(query.Sort ?? "username")) v.Add("sort", Messages.Get("sort.unknown", string.Join(", ", Sorts)));
        if ((query.Limit ?? 50) is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (Statuses(query.Status) is { } statuses && statuses.Any(s => !UserStatuses.All.Contains(s)))
            v.Add("status", Messages.Get("status.unknown", string.Join(", ", UserStatuses.All)));
        if (query.CreatedAfter > query.CreatedBefore) v.Add("created_after", Messages.Get("range.invalid", "created_after", "created_before"));
        if (query.LastSeenAfter > query.LastSeenBefore) v.Add("last_seen_after", Messages.Get("range.invalid", "last_seen_after", "last_seen_before"));
        ParseIds(query.Ids, v);
        if (string.IsNullOrWhiteSpace(query.Role)) return (v, null);
        if (roles.Resolve(query.Role) is { } whole) return (v, [whole]);
        var found = new List<RoleGrant>();
        foreach (var part in query.Role.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (roles.Resolve(part) is { } r) found.Add(r);
            else v.Add("role", Messages.Get("role.unknown", part));
        return (v, found);
    }

    /// <summary>The members the (checked) filters select, unsorted (shared with the export).</summary>
    internal static async Task<IQueryable<User>> MatchingAsync(
        GatehouseDb db, LiveStatuses live, Query query, IReadOnlyList<RoleGrant>? roles, CancellationToken ct)
    {
        var users = Filter(UserSearch.Matching(db, query.Q).AsNoTracking(), query, roles);
        if (ParseIds(query.Ids, new Validator()) is { } ids) users = users.Where(u => ids.Contains(u.Id));
        if (Statuses(query.Status) is { } statuses)
        {
            // Presence lives in the registry, not in the rows: filter by who is connected now.
            var present = await live.PresentAsync(ct);
            var withStatus = present.Where(p => statuses.Contains(p.Value)).Select(p => p.Key).ToList();
            var notOffline = present.Keys.ToList();
            users = statuses.Contains(UserStatuses.Offline)
                ? users.Where(u => !notOffline.Contains(u.Id) || withStatus.Contains(u.Id))
                : users.Where(u => withStatus.Contains(u.Id));
        }
        return users;
    }

    /// <summary>status=online,idle: the statuses asked for, or null for any.</summary>
    private static string[]? Statuses(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>ids=a,b,c: the members with these ids (live lists resolve the names of who is online this way).</summary>
    internal static List<Guid>? ParseIds(string? text, Validator v)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = new List<Guid>();
        foreach (var part in parts)
            if (Guid.TryParse(part, out var id)) ids.Add(id);
            else v.Add("ids", Messages.Get("route.bad_value", part, "ids"));
        if (ids.Count > MaxIds) v.Add("ids", Messages.Get("limit.range", MaxIds));
        return ids;
    }

    internal static IQueryable<User> Filter(IQueryable<User> users, Query q, IReadOnlyList<RoleGrant>? roles)
    {
        if (q.IncludeDeleted != true) users = users.Where(u => u.DeletedAt == null);
        if (roles is { Count: > 0 })
        {
            var ids = roles.Select(r => r.Id).ToList();
            users = users.Where(u => u.Roles.Any(r => ids.Contains(r.RoleId)));
        }
        if (q.Banned is { } banned) users = users.Where(u => u.IsBanned == banned);
        if (q.Disabled is { } disabled) users = users.Where(u => u.IsDisabled == disabled);
        if (!string.IsNullOrWhiteSpace(q.Tag)) users = users.Where(u => u.Tags.Contains(q.Tag));
        if (!string.IsNullOrWhiteSpace(q.ExternalId)) users = users.Where(u => u.ExternalId == q.ExternalId);
        if (q.CreatedAfter is { } ca) users = users.Where(u => u.CreatedAt >= ca.ToUniversalTime());
        if (q.CreatedBefore is { } cb) users = users.Where(u => u.CreatedAt < cb.ToUniversalTime());
        if (q.LastSeenAfter is { } la) users = users.Where(u => u.LastSeenAt >= la.ToUniversalTime());
        if (q.LastSeenBefore is { } lb) users = users.Where(u => u.LastSeenAt < lb.ToUniversalTime());
        return users;
    }

    /// <summary>Keyset order: the sort column, then the unique normalized username as tie-breaker.</summary>
    internal static IQueryable<User> Sorted(IQueryable<User> users, string sort, Cursor? c)
    {
        var tie = c?.Tie;
        var name = c?.Value ?? "";
        var at = CursorInstant(c, sort);
        return sort switch
        {
            "username" => (c is null ? users : users.Where(u => string.Compare(u.UsernameNormalized, tie) > 0)).OrderBy(u => u.UsernameNormalized),
            "-username" => (c is null ? users : users.Where(u => string.Compare(u.UsernameNormalized, tie) < 0)).OrderByDescending(u => u.UsernameNormalized),
            "display_name" => (c is null ? users : users.Where(u => string.Compare(u.DisplayName, name) > 0 || (u.DisplayName == name && string.Compare(u.UsernameNormalized, tie) > 0)))
                .OrderBy(u => u.DisplayName).ThenBy(u => u.UsernameNormalized),
            "-display_name" => (c is null ? users : users.Where(u => string.Compare(u.DisplayName, name) < 0 || (u.DisplayName == name && string.Compare(u.UsernameNormalized, tie) < 0)))
                .OrderByDescending(u => u.DisplayName).ThenByDescending(u => u.UsernameNormalized),
            "created_at" => (c is null ? users : users.Where(u => u.CreatedAt > at || (u.CreatedAt == at && string.Compare(u.UsernameNormalized, tie) > 0)))
                .OrderBy(u => u.CreatedAt).ThenBy(u => u.UsernameNormalized),
            "-created_at" => (c is null ? users : users.Where(u => u.CreatedAt < at || (u.CreatedAt == at && string.Compare(u.UsernameNormalized, tie) < 0)))
                .OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.UsernameNormalized),
            // Never-seen members sort as the oldest instant so the order stays total.
            "last_seen_at" => (c is null ? users : users.Where(u => (u.LastSeenAt ?? DateTime.MinValue) > at || ((u.LastSeenAt ?? DateTime.MinValue) == at && string.Compare(u.UsernameNormalized, tie) > 0)))
                .OrderBy(u => u.LastSeenAt ?? DateTime.MinValue).ThenBy(u => u.UsernameNormalized),
            _ => (c is null ? users : users.Where(u => (u.LastSeenAt ?? DateTime.MinValue) < at || ((u.LastSeenAt ?? DateTime.MinValue) == at && string.Compare(u.UsernameNormalized, tie) < 0)))
                .OrderByDescending(u => u.LastSeenAt ?? DateTime.MinValue).ThenByDescending(u => u.UsernameNormalized),
        };
    }

    /// <summary>The cursor's instant for the date sorts (MinValue otherwise).</summary>
    private static DateTime CursorInstant(Cursor? c, string sort) =>
        c?.Value is { } s && sort.TrimStart('-') is "created_at" or "last_seen_at"
            ? DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : DateTime.MinValue;

    private static string? SortValue(User u, string sort) => sort.TrimStart('-') switch
    {
        "created_at" => u.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
        "last_seen_at" => (u.LastSeenAt ?? DateTime.MinValue).ToString("O", CultureInfo.InvariantCulture),
        "display_name" => u.DisplayName,
        _ => null,
    };
}
