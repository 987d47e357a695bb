using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Rules;

public static class PreviewGroupRule
{
    public const int SampleSize = 10;

    /// <summary>A member in a preview's sample.</summary>
    public sealed record MemberSample(Guid Id, string Username);

    /// <summary>Who a rule would change if saved now ("+312 / −4"), with a few of each.</summary>
    /// <param name="Matching">Members the condition matches now.</param>
    public sealed record Response(int Gain, int Lose, int Matching, int Members, IReadOnlyList<MemberSample> GainSample, IReadOnlyList<MemberSample> LoseSample);

    /// <summary>
    /// Runs the engine's own planning over every member without writing anything, so what it shows is
    /// what saving applies. With <c>rule_id</c> the saved rule's group so far counts (an edit's preview).
    /// </summary>
    public static async Task<Results<Ok<Response>, ValidationProblem>> Handle(
        PreviewGroupRuleInput request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        var roles = await access.RolesAsync(ct);
        var checkedRule = GroupRuleRules.Check(v, request.Name, request.Condition, request.Action, request.Role, request.Tag, roles, actor, nameRequired: false);
        if (checkedRule is null || !v.IsValid) return Problems.Validation(v.Errors);

        var saved = request.RuleId is { } id ? await GroupRuleRules.LoadAsync(db, id, ct) : null;
        var draft = new GroupRule { Action = checkedRule.Action, RoleId = checkedRule.RoleId, Tag = checkedRule.Tag, DryRun = saved?.DryRun ?? false };
        var sameTarget = saved is not null && (saved.RoleId, saved.Tag, saved.Action) == (draft.RoleId, draft.Tag, draft.Action);
        var group = sameTarget
            ? (await db.Set<GroupRuleMember>().AsNoTracking().Where(m => m.RuleId == saved!.Id).Select(m => m.UserId).ToListAsync(ct)).ToHashSet()
            : [];
        var facts = await GroupFacts.LoadAsync([checkedRule.Condition], http.RequestServices, time.GetUtcNow().UtcDateTime, null, ct);
        var plan = RulePlan.Of(draft, checkedRule.Condition, facts, group);
        var matching = facts.Members.Count(m => ConditionEvaluator.Matches(checkedRule.Condition, m, facts, group.Contains(m.Id)));
        return TypedResults.Ok(new Response(plan.Gain.Count, plan.Lose.Count, matching, facts.Members.Count,
            [.. plan.Gain.Take(SampleSize).Select(m => new MemberSample(m.Id, m.Username))],
            [.. plan.Lose.Take(SampleSize).Select(m => new MemberSample(m.Id, m.Username))]));
    }
}
