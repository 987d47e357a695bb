using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>
/// <c>GET /reports</c>: the queue, ordered by SLA due time (so breached reports come first, then the
/// most urgent: the due time already folds severity and age together), keyset-paged, with counts.
/// </summary>
public static class ListReports
{
    public const int MaxLimit = 200;

    /// <param name="Status">open, assigned, resolved or dismissed; default: open and assigned (the queue).</param>
    /// <param name="Assignee">A member id, <c>me</c> or <c>none</c>.</param>
    /// <param name="Breached">true: only open reports past their due time.</param>
    public sealed record Query(string? Status, string? Severity, string? Assignee, bool? Breached, Guid? Target, int? Limit, string? Cursor);

    /// <param name="OpenCount">Open and assigned reports, all filters aside.</param>
    /// <param name="BreachedCount">Of those, how many are past their SLA.</param>
    public sealed record Queue(IReadOnlyList<ReportResponse> Items, string? NextCursor, int OpenCount, int BreachedCount);

    public static async Task<Results<Ok<Queue>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] Query query, GatehouseDb db, CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var limit = query.Limit ?? 50;
        var v = new Validator();
        if (limit is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (query.Status is not null && !ReportStatuses.All.Contains(query.Status))
            v.Add("status", ModerationText.Get("status.unknown", string.Join(", ", ReportStatuses.All)));
        if (query.Severity is not null && !ReportSeverities.All.Contains(query.Severity))
            v.Add("severity", ModerationText.Get("severity.unknown", string.Join(", ", ReportSeverities.All)));
        Guid? assignee = null;
        if (query.Assignee is "me") assignee = actor.UserId;
        else if (query.Assignee is not null and not "none")
        {
            if (Guid.TryParse(query.Assignee, out var id)) assignee = id;
            else v.Add("assignee", Messages.Get("route.bad_value", query.Assignee, "assignee"));
        }
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var shape = $"{query.Status}|{query.Severity}|{query.Assignee}|{query.Breached}|{query.Target}";
        if (!Cursor.TryDecode(query.Cursor, shape, out var cursor) || (cursor is not null && (!Guid.TryParse(cursor.Tie, out _)
            || !DateTime.TryParse(cursor.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        var now = time.GetUtcNow().UtcDateTime;
        var all = db.Set<Report>().AsNoTracking();
        var rows = query.Status is { } status ? all.Where(r => r.Status == status)
            : all.Where(r => r.Status == ReportStatuses.Open || r.Status == ReportStatuses.Assigned);
        if (query.Severity is { } severity) rows = rows.Where(r => r.Severity == severity);
        if (query.Assignee is "none") rows = rows.Where(r => r.AssigneeId == null);
        else if (assignee is { } a) rows = rows.Where(r => r.AssigneeId == a);
        if (query.Target is { } target) rows = rows.Where(r => r.TargetId == target);
        if (query.Breached is { } breached)
            rows = breached ? rows.Where(r => r.DueAt <= now && (r.Status == ReportStatuses.Open || r.Status == ReportStatuses.Assigned))
                : rows.Where(r => r.DueAt > now || (r.Status != ReportStatuses.Open && r.Status != ReportStatuses.Assigned));
        if (cursor is not null)
        {
            var due = DateTime.Parse(cursor.Value!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
            var tie = Guid.Parse(cursor.Tie);
            rows = rows.Where(r => r.DueAt > due || (r.DueAt == due && r.Id.CompareTo(tie) > 0));
        }
        var page = await rows.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Include(r => r.Notes).Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > limit)
        {
            page.RemoveAt(limit);
            next = new Cursor(shape, page[^1].DueAt.ToString("O", CultureInfo.InvariantCulture), page[^1].Id.ToString()).Encode();
        }
        var open = all.Where(r => r.Status == ReportStatuses.Open || r.Status == ReportStatuses.Assigned);
        var openCount = await open.CountAsync(ct);
        var breachedCount = await open.CountAsync(r => r.DueAt <= now, ct);
        return TypedResults.Ok(new Queue([.. page.Select(r => ReportResponse.Of(r, now))], next, openCount, breachedCount));
    }
}
