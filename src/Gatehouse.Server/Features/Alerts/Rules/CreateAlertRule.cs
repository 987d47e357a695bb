using Gatehouse.Server.Features.Alerts.Metrics;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Alerts.Rules;

public static class CreateAlertRule
{
    public static async Task<Results<Created<AlertRuleResponse>, ValidationProblem>> Handle(
        AlertRuleInput request, HttpContext http, GatehouseDb db, IAuditLog audit, [FromServices] IAlertMetrics metrics, IOptions<AlertsOptions> options,
        TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        AlertRuleRules.Validate(v, request, metrics);
        var channels = await AlertRuleRules.ResolveChannelsAsync(v, db, request.ChannelIds, ct);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var rule = new AlertRule { CreatedAt = now, UpdatedAt = now, StateSince = now };
        AlertRuleRules.Apply(rule, request, channels ?? []);
        await db.WriteAsync(async c =>
        {
            var max = options.Value.MaxRules;
            if (await db.Set<AlertRule>().CountAsync(c) >= max) throw new RuleViolation(409, "limit-reached", AlertText.Get("rules.limit", max));
            db.Set<AlertRule>().Add(rule);
            audit.Record(new AuditRecord("alert.created", "alert", rule.Id.ToString(), AlertRuleResponse.Settings(rule)));
            return 0;
        }, ct);
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Created($"/api/v1/alerts/{rule.Id}", AlertRuleResponse.Of(rule, silenced: false));
    }
}
