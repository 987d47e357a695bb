using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Groups.Rules;

public static class DeleteGroupRule
{
    /// <summary>Removes the rule with its history. Members keep what it gave them (take it away by hand, or with a remove rule).</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var rule = await GroupRuleRules.LoadAsync(db, id, c);
            db.Set<GroupRule>().Remove(rule);
            audit.Record(new AuditRecord("group_rule.deleted", "group_rule", id.ToString(), GroupRuleResponse.Settings(rule)));
            return 0;
        }, ct);
        return TypedResults.NoContent();
    }
}
