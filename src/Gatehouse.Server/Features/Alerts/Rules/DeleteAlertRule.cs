using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Alerts.Rules;

public static class DeleteAlertRule
{
    /// <summary>Removes the rule with its history and silences.</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var rule = await AlertRuleRules.LoadAsync(db, id, c);
            db.Set<AlertRule>().Remove(rule);
            audit.Record(new AuditRecord("alert.deleted", "alert", id.ToString(), AlertRuleResponse.Settings(rule)));
            return 0;
        }, ct);
        return TypedResults.NoContent();
    }
}
