using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

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
        var group = sameTarget ? await GroupEngine.GroupOfAsync(db, saved!.Id, null, ct) : [];
        var now = time.GetUtcNow().UtcDateTime;
        // Reads only the members the condition's member-field tests can match, plus the rule's group: the same answer as reading everyone.
        var prefilter = GroupPrefilter.Of(checkedRule.Condition, now);
        var facts = await GroupFacts.LoadAsync([checkedRule.Condition], http.RequestServices, now, null, ct, prefilter, prefilter is null ? null : group);
        var plan = RulePlan.Of(draft, checkedRule.Condition, facts, group);
        var matching = facts.Members.Count(m => ConditionEvaluator.Matches(checkedRule.Condition, m, facts, group.Contains(m.Id)));
        var total = prefilter is null ? facts.Members.Count : await http.RequestServices.GetRequiredService<IMemberFacts>().CountAsync(ct);
        return TypedResults.Ok(new Response(plan.Gain.Count, plan.Lose.Count, matching, total,
            [.. plan.Gain.Take(SampleSize).Select(m => new MemberSample(m.Id, m.Username))],
            [.. plan.Lose.Take(SampleSize).Select(m => new MemberSample(m.Id, m.Username))]));
    }
}
