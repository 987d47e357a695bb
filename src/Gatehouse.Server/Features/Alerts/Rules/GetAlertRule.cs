using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Alerts.Rules;

public static class GetAlertRule
{
    public static async Task<Ok<AlertRuleResponse>> Handle(Guid id, HttpContext http, GatehouseDb db, TimeProvider time, CancellationToken ct)
    {
        var rule = await AlertRuleRules.LoadAsync(db, id, ct);
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Ok(AlertRuleResponse.Of(rule, await ListAlertRules.IsSilencedAsync(db, id, time.GetUtcNow().UtcDateTime, ct)));
    }
}
