using Gatehouse.Server.Features.Alerts.Silences;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Alerts.Rules;

public static class ListAlertRules
{
    /// <summary>Every rule (at most <see cref="AlertsOptions.MaxRules"/>, so one page), by name, with its live state.</summary>
    public static async Task<Ok<Page<AlertRuleResponse>>> Handle(GatehouseDb db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rules = await db.Set<AlertRule>().AsNoTracking().OrderBy(r => r.Name).ThenBy(r => r.Id).ToListAsync(ct);
        var silences = await db.Set<AlertSilence>().AsNoTracking().Where(s => s.EndsAt > now).ToListAsync(ct);
        return TypedResults.Ok(new Page<AlertRuleResponse>(
            [.. rules.Select(r => AlertRuleResponse.Of(r, silences.Any(s => s.Covers(r.Id, now))))], null, rules.Count));
    }

    public static async Task<bool> IsSilencedAsync(GatehouseDb db, Guid ruleId, DateTime now, CancellationToken ct) =>
        await db.Set<AlertSilence>().AnyAsync(s => (s.RuleId == null || s.RuleId == ruleId) && s.StartsAt <= now && s.EndsAt > now, ct);
}
