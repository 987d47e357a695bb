using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Rules;

public static class ListGroupRules
{
    /// <summary>Every rule (there are at most a few hundred), oldest first, with its member count.</summary>
    public static async Task<Ok<Page<GroupRuleResponse>>> Handle(GatehouseDb db, CancellationToken ct)
    {
        var rules = await db.Set<GroupRule>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        var counts = await db.Set<GroupRuleMember>().AsNoTracking().GroupBy(m => m.RuleId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return TypedResults.Ok(new Page<GroupRuleResponse>([.. rules.Select(r => GroupRuleResponse.Of(r, counts.GetValueOrDefault(r.Id)))], null));
    }

    public static Task<int> CountMembersAsync(GatehouseDb db, Guid ruleId, CancellationToken ct) =>
        db.Set<GroupRuleMember>().CountAsync(m => m.RuleId == ruleId, ct);
}

public static class GetGroupRule
{
    public static async Task<Ok<GroupRuleResponse>> Handle(Guid id, HttpContext http, GatehouseDb db, CancellationToken ct)
    {
        var rule = await GroupRuleRules.LoadAsync(db, id, ct);
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Ok(GroupRuleResponse.Of(rule, await ListGroupRules.CountMembersAsync(db, id, ct)));
    }
}
