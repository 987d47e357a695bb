using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary><c>GET /sanctions</c>: the moderation log, newest first, keyset-paged.</summary>
public static class ListSanctions
{
    public const int MaxLimit = 500;

    /// <summary>Filters, combined with AND.</summary>
    /// <param name="Member">The sanctioned member.</param>
    /// <param name="Moderator">Who applied it.</param>
    /// <param name="Kind">warn, mute, kick or ban.</param>
    /// <param name="Active">true: mutes and bans in force now; false: everything else.</param>
    public sealed record Query(Guid? Member, Guid? Moderator, string? Kind, bool? Active, DateTime? From, DateTime? To, int? Limit, string? Cursor);

    public static async Task<Results<Ok<Page<SanctionResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] Query query, GatehouseDb db, TimeProvider time, CancellationToken ct)
    {
        var limit = query.Limit ?? 50;
        var v = Check(query);
        if (limit is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var shape = $"{query.Member}|{query.Moderator}|{query.Kind}|{query.Active}|{query.From:O}|{query.To:O}";
        if (!Cursor.TryDecode(query.Cursor, shape, out var cursor) || (cursor is not null && (!Guid.TryParse(cursor.Tie, out _)
            || !DateTime.TryParse(cursor.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out _))))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        var now = time.GetUtcNow().UtcDateTime;
        var rows = Filter(db.Set<Sanction>().AsNoTracking(), query, now);
        if (cursor is not null)
        {
            var at = DateTime.Parse(cursor.Value!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
            var tie = Guid.Parse(cursor.Tie);
            rows = rows.Where(s => s.CreatedAt < at || (s.CreatedAt == at && s.Id.CompareTo(tie) < 0));
        }
        var page = await rows.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            next = new Cursor(shape, page[^1].CreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), page[^1].Id.ToString()).Encode();
        }
        return TypedResults.Ok(new Page<SanctionResponse>([.. page.Select(s => SanctionResponse.Of(s, now))], next));
    }

    public static Validator Check(Query query)
    {
        var v = new Validator();
        if (query.Kind is not null && !SanctionKinds.All.Contains(query.Kind))
            v.Add("kind", ModerationText.Get("kind.unknown", string.Join(", ", SanctionKinds.All)));
        if (query.From > query.To) v.Add("from", Messages.Get("range.invalid", "from", "to"));
        return v;
    }

    public static IQueryable<Sanction> Filter(IQueryable<Sanction> rows, Query q, DateTime now)
    {
        if (q.Member is { } member) rows = rows.Where(s => s.UserId == member);
        if (q.Moderator is { } moderator) rows = rows.Where(s => s.ModeratorId == moderator);
        if (q.Kind is { } kind) rows = rows.Where(s => s.Kind == kind);
        if (q.Active is { } active)
        {
            rows = active
                ? rows.Where(s => (s.Kind == SanctionKinds.Mute || s.Kind == SanctionKinds.Ban) && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now))
                : rows.Where(s => !((s.Kind == SanctionKinds.Mute || s.Kind == SanctionKinds.Ban) && s.EndedAt == null && (s.ExpiresAt == null || s.ExpiresAt > now)));
        }
        if (q.From is { } from) rows = rows.Where(s => s.CreatedAt >= from.ToUniversalTime());
        if (q.To is { } to) rows = rows.Where(s => s.CreatedAt < to.ToUniversalTime());
        return rows;
    }
}
