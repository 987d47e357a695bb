using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// Evaluates rules and applies what they decide through the member write path, one pass at a time
/// (passes never overlap, so two passes cannot both give the same member the same role).
/// A pass over a few members (after events) reads only those members.
/// </summary>
public sealed class GroupEngine(IServiceScopeFactory scopes, GroupsLiveFeed feed, TimeProvider time)
{
    /// <summary>Members written per transaction: a pass over 100k members commits in steps and resumes where it stopped.</summary>
    public const int Chunk = 500;

    private readonly SemaphoreSlim _one = new(1, 1);

    /// <param name="ruleIds">Only these rules (null: every rule that is not paused).</param>
    /// <param name="members">Only these members (null: everyone).</param>
    /// <param name="onlyTimeBound">Only rules whose answer changes with time alone (the scheduled pass).</param>
    public async Task<IReadOnlyList<GroupRulePass>> EvaluateAsync(IReadOnlyCollection<Guid>? ruleIds, IReadOnlyCollection<Guid>? members, string trigger,
        bool onlyTimeBound, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<GatehouseDb>();
            var query = db.Set<GroupRule>().AsNoTracking().Where(r => !r.Paused);
            if (ruleIds is not null) query = query.Where(r => ruleIds.Contains(r.Id));
            var rules = (await query.OrderBy(r => r.Id).ToListAsync(ct))
                .Select(r => (Rule: r, Condition: r.Condition))
                .Where(r => !onlyTimeBound || ConditionEvaluator.DependsOnTime(r.Condition)).ToList();
            if (rules.Count == 0 || members is { Count: 0 }) return [];
            var now = time.GetUtcNow().UtcDateTime;
            var facts = await GroupFacts.LoadAsync(rules.Select(r => r.Condition), services, now, members, ct);
            var passes = new List<GroupRulePass>();
            foreach (var (rule, condition) in rules)
            {
                var pass = await RunRuleAsync(services, db, rule, condition, facts, members, trigger, ct);
                passes.Add(pass);
                feed.Publish(pass);
            }
            return passes;
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<GroupRulePass> RunRuleAsync(IServiceProvider services, GatehouseDb db, GroupRule rule, GroupCondition condition, GroupFacts facts,
        IReadOnlyCollection<Guid>? members, string trigger, CancellationToken ct)
    {
        var blocked = await BlockedReasonAsync(services, rule, ct);
        if (blocked != rule.BlockedReason)
            await db.WriteAsync(c => db.Set<GroupRule>().Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.BlockedReason, blocked), c), ct);
        if (blocked is not null) return new GroupRulePass(rule.Id, 0, 0, rule.DryRun, trigger, facts.Now);
        var groupQuery = db.Set<GroupRuleMember>().AsNoTracking().Where(m => m.RuleId == rule.Id);
        if (members is not null) groupQuery = groupQuery.Where(m => members.Contains(m.UserId));
        var group = (await groupQuery.Select(m => m.UserId).ToListAsync(ct)).ToHashSet();
        var plan = RulePlan.Of(rule, condition, facts, group);
        var writes = services.GetRequiredService<IMemberWrites>();
        var change = new AutomaticChange(rule.RoleId, rule.Tag, Add: true, "group_rule", rule.Id, rule.Name);
        var adds = rule.Action == GroupActions.Add;
        var added = await ApplyAsync(db, writes, rule, plan.Gain, change, adds ? "added" : "removed", trigger, facts.Now, ct);
        var removed = await ApplyAsync(db, writes, rule, plan.Lose, change with { Add = false }, "removed", trigger, facts.Now, ct);
        await db.WriteAsync(async c =>
        {
            if (plan.Forget.Count > 0)
                await db.Set<GroupRuleMember>().Where(m => m.RuleId == rule.Id && plan.Forget.Contains(m.UserId)).ExecuteDeleteAsync(c);
            return await db.Set<GroupRule>().Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastEvaluatedAt, facts.Now), c);
        }, ct);
        return new GroupRulePass(rule.Id, added, removed, rule.DryRun, trigger, facts.Now);
    }

    /// <summary>Gives or takes in chunks; each chunk's member writes, group rows and history commit together.</summary>
    private static async Task<int> ApplyAsync(GatehouseDb db, IMemberWrites writes, GroupRule rule, IReadOnlyList<MemberFact> who, AutomaticChange change,
        string label, string trigger, DateTime now, CancellationToken ct)
    {
        var done = 0;
        foreach (var chunk in who.Chunk(Chunk))
        {
            done += await db.WriteAsync(async c =>
            {
                var ids = chunk.Select(m => m.Id).ToList();
                var changed = rule.DryRun ? ids : [.. await writes.ApplyAutomaticChangeAsync(ids, change, c)];
                var names = chunk.ToDictionary(m => m.Id, m => m.Username);
                foreach (var id in changed)
                {
                    db.Add(new GroupRuleChange { RuleId = rule.Id, UserId = id, Username = names[id], Change = label, DryRun = rule.DryRun, Trigger = trigger, At = now });
                    if (rule.Action != GroupActions.Add) continue;
                    if (change.Add) db.Add(new GroupRuleMember { RuleId = rule.Id, UserId = id, Since = now });
                }
                if (rule.Action == GroupActions.Add && !change.Add)
                    await db.Set<GroupRuleMember>().Where(m => m.RuleId == rule.Id && ids.Contains(m.UserId)).ExecuteDeleteAsync(c);
                return changed.Count;
            }, ct);
        }
        return done;
    }

    /// <summary>A rule that manages a role stops while the member who saved it no longer outranks the role or lacks its permissions.</summary>
    private static async Task<string?> BlockedReasonAsync(IServiceProvider services, GroupRule rule, CancellationToken ct)
    {
        if (rule.RoleId is not { } roleId) return null;
        var access = services.GetRequiredService<AccessService>();
        var roles = await access.RolesAsync(ct);
        if (!roles.Grants.TryGetValue(roleId, out var role)) return GroupText.Get("role.unknown", roleId);
        var owner = rule.OwnerId is { } id ? await access.ForUserAsync(id, ct) : null;
        if (owner is null || (owner.Rank <= role.Priority) || Hierarchy.GrantsAdministrator(role.Allow)
            || Permissions.Expand(role.Allow).Any(p => !owner.Has(p)))
            return GroupText.Get("blocked.hierarchy", role.Name);
        return null;
    }
}
