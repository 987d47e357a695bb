using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Rules;

public static class ListGroupRuleHistory
{
    /// <summary>One change a rule made to one member.</summary>
    /// <param name="Change">added or removed.</param>
    /// <param name="DryRun">The rule was in dry run: the member was not changed.</param>
    /// <param name="Trigger">saved, event or schedule.</param>
    public sealed record ChangeResponse(Guid Id, Guid UserId, string Username, string Change, bool DryRun, string Trigger, DateTime At);

    /// <summary>Changes, newest first, paged with a cursor.</summary>
    public static async Task<Results<Ok<Page<ChangeResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, GatehouseDb db, CancellationToken ct, int limit = 50, string? cursor = null)
    {
        if (limit is < 1 or > 500) return Problems.Validation(new Dictionary<string, string[]> { ["limit"] = [GroupText.Get("history.limit")] });
        if (!Cursor.TryDecode(cursor, "group-history", out var after))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));
        await GroupRuleRules.LoadAsync(db, id, ct);
        var query = db.Set<GroupRuleChange>().AsNoTracking().Where(c => c.RuleId == id);
        if (after is not null && Guid.TryParse(after.Tie, out var tie)) query = query.Where(c => c.Id.CompareTo(tie) < 0);
        // Ids are UUID v7: ordering by id is ordering by time, and a stable tie-breaker at once.
        var rows = await query.OrderByDescending(c => c.Id).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? new Cursor("group-history", null, rows[limit - 1].Id.ToString()).Encode() : null;
        return TypedResults.Ok(new Page<ChangeResponse>(
            [.. rows.Take(limit).Select(c => new ChangeResponse(c.Id, c.UserId, c.Username, c.Change, c.DryRun, c.Trigger, c.At))], next));
    }
}
