using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Presence;

/// <summary><c>GET /api/v1/presence</c>: a page of members with their live presence, ordered by username.</summary>
public static class GetPresence
{
    /// <summary>
    /// Large enough for a community's whole online list in one answer: a cold Who's online (public/boot.js) draws it
    /// from this page, and a second page could only be asked once the first was read on the browser's main thread,
    /// which is then busy with the app's first render (the demo's 600 online waited ~0.4 s for their second page).
    /// </summary>
    public const int MaxLimit = 1000;

    /// <summary>The only value <c>include</c> takes: each member shown online carries their display data (users.read).</summary>
    public const string IncludeUser = "user";

    /// <summary>Filters shared by the snapshot and the stream; lists are comma-separated.</summary>
    /// <param name="Roles">Role ids or names: members holding any of them.</param>
    /// <param name="Statuses">Statuses as the caller sees them (online, idle, dnd, invisible, offline).</param>
    /// <param name="UserIds">Only these members.</param>
    /// <param name="ExcludeOffline">Leave offline members out (answered from memory, without the database).</param>
    public sealed record FilterQuery(
        string? Roles, string? Statuses,
        [property: FromQuery(Name = "user_ids")] string? UserIds,
        [property: FromQuery(Name = "exclude_offline")] bool? ExcludeOffline);

    /// <param name="Version">The stream position this page was read at: pass it as Last-Event-ID to the stream to follow changes from here.</param>
    public sealed record PresencePage(IReadOnlyList<PresenceUpdate> Items, string? NextCursor, long Version);

    /// <param name="include"><c>user</c>: members shown online carry their name, avatar and roles, as the live hub
    /// sends them to observers holding users.read, so a list can be drawn named from this one answer.</param>
    public static async Task<Results<Ok<PresencePage>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] FilterQuery query, int? limit, string? cursor, string? include, AccessService access, CurrentActor actor,
        PresenceFanout fanout, PresenceSnapshots snapshots, PresenceMemberCards cards, CancellationToken ct)
    {
        var v = new Validator();
        var size = limit ?? 100;
        if (size is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (include is not null && include != IncludeUser) v.Add("include", Messages.Get("presence.include", IncludeUser));
        var filter = PresenceFilterRequest.FromQuery(query.Roles, query.Statuses, query.UserIds, query.ExcludeOffline, v)
            .Build(await access.RolesForReadingAsync(ct), v);
        if (filter is null || !v.IsValid) return Problems.Validation(v.Errors);

        var shape = CursorShape(filter);
        if (!Cursor.TryDecode(cursor, shape, out var after)) return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));
        var named = include == IncludeUser;
        if (named && !actor.Has(Permissions.UsersRead))
            return Problems.Forbidden("forbidden", Messages.Get("forbidden", Permissions.UsersRead));

        return TypedResults.Ok(await ReadAsync(filter, size, after?.Tie, named, actor, fanout, snapshots, cards, ct));
    }

    /// <summary>What a page's cursor is bound to: it is refused with another filter.</summary>
    private static string CursorShape(PresenceFilter filter) => $"presence|{filter.Shape}";

    /// <summary>A page as the actor may see it, named when asked (the caller checked users.read).</summary>
    public static async Task<PresencePage> ReadAsync(PresenceFilter filter, int size, string? after, bool named, CurrentActor actor,
        PresenceFanout fanout, PresenceSnapshots snapshots, PresenceMemberCards cards, CancellationToken ct)
    {
        var version = fanout.Position;
        var (items, lastKey) = await snapshots.PageAsync(filter, actor.Has(Permissions.PresenceSeeInvisible), size, after, ct);
        var next = lastKey is null ? null : new Cursor(CursorShape(filter), null, lastKey).Encode();
        if (named) items = await cards.NameAsync(items, [], ct);
        return new PresencePage(items, next, version);
    }
}
