using System.Globalization;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

public static class ListAuditEntries
{
    public const int MaxLimit = 500;

    /// <summary>Audit filters, combined with AND; newest first.</summary>
    /// <param name="Action">Exact action, or a prefix ending in '.' (<c>user.</c>).</param>
    public sealed record Query(
        Guid? Actor, string? Action,
        [property: FromQuery(Name = "target_type")] string? TargetType,
        [property: FromQuery(Name = "target_id")] string? TargetId,
        string? Result, DateTime? From, DateTime? To, int? Limit, string? Cursor);

    public static async Task<Results<Ok<Page<AuditEntryResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] Query query, GatehouseDb db, AuditPayloadReader payloads, CancellationToken ct)
    {
        var limit = query.Limit ?? 50;
        var v = new Validator();
        if (limit is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (query.Result is not null && !AuditResults.All.Contains(query.Result))
            v.Add("result", Messages.Get("status.unknown", string.Join(", ", AuditResults.All)));
        if (query.From > query.To) v.Add("from", Messages.Get("range.invalid", "from", "to"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var shape = $"{query.Actor}|{query.Action}|{query.TargetType}|{query.TargetId}|{query.Result}|{query.From:O}|{query.To:O}";
        if (!Cursor.TryDecode(query.Cursor, shape, out var cursor) || (cursor is not null && !long.TryParse(cursor.Tie, out _)))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        var entries = Filter(db.AuditEntries.AsNoTracking(), query);
        if (cursor is not null)
        {
            var before = long.Parse(cursor.Tie, CultureInfo.InvariantCulture);
            entries = entries.Where(e => e.Seq < before);
        }
        var page = await entries.OrderByDescending(e => e.Seq).Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            next = new Cursor(shape, null, page[^1].Seq.ToString(CultureInfo.InvariantCulture)).Encode();
        }
        return TypedResults.Ok(new Page<AuditEntryResponse>(await payloads.ToResponsesAsync(page, ct), next));
    }

    internal static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> entries, Query q)
    {
        if (q.Actor is { } actor) entries = entries.Where(e => e.ActorUserId == actor);
        if (!string.IsNullOrEmpty(q.Action))
            entries = q.Action.EndsWith('.') ? entries.Where(e => e.Action.StartsWith(q.Action)) : entries.Where(e => e.Action == q.Action);
        if (!string.IsNullOrEmpty(q.TargetType)) entries = entries.Where(e => e.TargetType == q.TargetType);
        if (!string.IsNullOrEmpty(q.TargetId)) entries = entries.Where(e => e.TargetId == q.TargetId);
        if (q.Result is not null) entries = entries.Where(e => e.Result == q.Result);
        if (q.From is { } from) entries = entries.Where(e => e.Timestamp >= from.ToUniversalTime());
        if (q.To is { } to) entries = entries.Where(e => e.Timestamp < to.ToUniversalTime());
        return entries;
    }
}
