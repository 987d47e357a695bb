using System.Text.Json;
using Gatehouse.Server.Features.Alerts.Rules;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Engine;

public static class ListAlertHistory
{
    /// <summary>One state change of a rule.</summary>
    /// <param name="Conditions">What each condition saw when the state changed.</param>
    /// <param name="Silenced">A silence covered the rule: nobody was notified.</param>
    public sealed record TransitionResponse(Guid Id, string From, string To, DateTime At, IReadOnlyList<ConditionResult> Conditions, bool Silenced);

    /// <summary>Transitions, newest first, paged with a cursor.</summary>
    public static async Task<Results<Ok<Page<TransitionResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, GatehouseDb db, CancellationToken ct, int limit = 50, string? cursor = null)
    {
        if (limit is < 1 or > 500) return Problems.Validation(new Dictionary<string, string[]> { ["limit"] = [AlertText.Get("history.limit")] });
        if (!Cursor.TryDecode(cursor, "alert-history", out var after))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));
        await AlertRuleRules.LoadAsync(db, id, ct);
        var query = db.Set<AlertTransition>().AsNoTracking().Where(t => t.RuleId == id);
        if (after is not null && Guid.TryParse(after.Tie, out var tie)) query = query.Where(t => t.Id.CompareTo(tie) < 0);
        // Ids are UUID v7: ordering by id is ordering by time, and a stable tie-breaker at once.
        var rows = await query.OrderByDescending(t => t.Id).Take(limit + 1).ToListAsync(ct);
        var next = rows.Count > limit ? new Cursor("alert-history", null, rows[limit - 1].Id.ToString()).Encode() : null;
        return TypedResults.Ok(new Page<TransitionResponse>([.. rows.Take(limit).Select(t => new TransitionResponse(t.Id, t.From, t.To, t.At,
            JsonSerializer.Deserialize<List<ConditionResult>>(t.ValuesJson, GatehouseJson.Options) ?? [], t.Silenced))], next));
    }
}
