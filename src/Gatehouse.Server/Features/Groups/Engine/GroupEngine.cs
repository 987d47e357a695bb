using Gatehouse.Server.Features.Groups.Rules;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>
/// Evaluates rules and applies what they decide through the member write path, one pass at a time
/// (passes never overlap, so two passes cannot both give the same member the same role).
/// A pass over a few members (after events) reads only those members; a pass over everyone reads only
/// the members the rules' member-field tests can match (<see cref="GroupPrefilter"/>) and the rules' groups.
/// </summary>
public sealed class GroupEngine(IServiceScopeFactory scopes, GroupsLiveFeed feed, TimeProvider time, IOptions<GroupsOptions> options)
{
    /// <summary>Past this many group members in one pass, the pass reads everyone rather than naming them in the query.</summary>
    private const int MaxNamedGroupMembers = 50_000;

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
            var groups = new Dictionary<Guid, HashSet<Guid>>();
            foreach (var (rule, _) in rules) groups[rule.Id] = await GroupOfAsync(db, rule.Id, members, ct);
            var plus = groups.Values.SelectMany(g => g).ToHashSet();
            var prefilter = members is null && plus.Count <= MaxNamedGroupMembers ? GroupPrefilter.AnyOf(rules.Select(r => r.Condition), now) : null;
            var facts = await GroupFacts.LoadAsync(rules.Select(r => r.Condition), services, now, members, ct, prefilter, prefilter is null ? null : plus);
            var passes = new List<GroupRulePass>();
            foreach (var (rule, condition) in rules)
            {
                var pass = await RunRuleAsync(services, db, rule, condition, facts, groups[rule.Id], members is null, trigger, ct);
                passes.Add(pass);
                feed.Publish(pass);
            }
            return passes;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The caller logs it and carries on; published too, so nothing waits for this pass in silence.
            feed.Publish(new GroupPassFailed(trigger, ruleIds, e));
            throw;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>
    /// Rules saved since their last full pass (a pass stopped by a crash or a restart part way): run again, they
    /// continue where they stopped, since members already changed no longer need changing. Run at start and on the schedule.
    /// </summary>
    public async Task<IReadOnlyList<GroupRulePass>> ResumePendingAsync(CancellationToken ct)
    {
        List<Guid> pending;
        await using (var scope = scopes.CreateAsyncScope())
        {
            pending = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().Set<GroupRule>().AsNoTracking()
                .Where(r => !r.Paused && (r.LastEvaluatedAt == null || r.LastEvaluatedAt < r.UpdatedAt)).Select(r => r.Id).ToListAsync(ct);
        }
        return pending.Count == 0 ? [] : await EvaluateAsync(pending, null, "saved", onlyTimeBound: false, ct);
    }

    /// <summary>Who the rule gave its role or tag so far (of <paramref name="members"/> when given).</summary>
    public static async Task<HashSet<Guid>> GroupOfAsync(GatehouseDb db, Guid ruleId, IReadOnlyCollection<Guid>? members, CancellationToken ct)
    {
        var groupQuery = db.Set<GroupRuleMember>().AsNoTracking().Where(m => m.RuleId == ruleId);
        if (members is not null) groupQuery = groupQuery.Where(m => members.Contains(m.UserId));
        return (await groupQuery.Select(m => m.UserId).ToListAsync(ct)).ToHashSet();
    }

    private async Task<GroupRulePass> RunRuleAsync(IServiceProvider services, GatehouseDb db, GroupRule rule, GroupCondition condition, GroupFacts facts,
        HashSet<Guid> group, bool everyone, string trigger, CancellationToken ct)
    {
        var blocked = await BlockedReasonAsync(services, rule, ct);
        var pending = rule.LastEvaluatedAt is not { } last || last < rule.UpdatedAt;
        if (blocked != rule.BlockedReason || (blocked is not null && pending))
            // A blocked rule counts as evaluated: left pending, every resume would read the members again for nothing.
            await db.WriteAsync(c => blocked is null
                ? db.Set<GroupRule>().Where(r => r.Id == rule.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.BlockedReason, (string?)null), c)
                : db.Set<GroupRule>().Where(r => r.Id == rule.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.BlockedReason, blocked).SetProperty(r => r.LastEvaluatedAt, facts.Now), c), ct);
        if (blocked is not null) return new GroupRulePass(rule.Id, 0, 0, rule.DryRun, trigger, facts.Now);
        var plan = RulePlan.Of(rule, condition, facts, group);
        // Forgotten first: a forgotten member who matches again is given the role anew, with a new group row.
        if (plan.Forget.Count > 0)
            await db.WriteAsync(c => db.Set<GroupRuleMember>().Where(m => m.RuleId == rule.Id && plan.Forget.Contains(m.UserId)).ExecuteDeleteAsync(c), ct);
        var writes = services.GetRequiredService<IMemberWrites>();
        var change = new AutomaticChange(rule.RoleId, rule.Tag, Add: true, "group_rule", rule.Id, rule.Name);
        var adds = rule.Action == GroupActions.Add;
        var added = await ApplyAsync(db, writes, rule, plan.Gain, change, adds ? "added" : "removed", trigger, facts.Now, ct);
        var removed = await ApplyAsync(db, writes, rule, plan.Lose, change with { Add = false }, "removed", trigger, facts.Now, ct);
        // Only a pass over everyone completes a saved rule's apply; a pass over a few members leaves it pending.
        await db.WriteAsync(c => db.Set<GroupRule>()
            .Where(r => r.Id == rule.Id && (everyone || (r.LastEvaluatedAt != null && r.LastEvaluatedAt >= r.UpdatedAt)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.LastEvaluatedAt, facts.Now), c), ct);
        return new GroupRulePass(rule.Id, added, removed, rule.DryRun, trigger, facts.Now);
    }

    /// <summary>
    /// Gives or takes in chunks through the batch member write path; each chunk's member writes, audit entries,
    /// events, group rows and history commit together, and the unit of work is emptied after each.
    /// </summary>
    private async Task<int> ApplyAsync(GatehouseDb db, IMemberWrites writes, GroupRule rule, IReadOnlyList<MemberFact> who, AutomaticChange change,
        string label, string trigger, DateTime now, CancellationToken ct)
    {
        var done = 0;
        var handled = 0;
        foreach (var chunk in who.Chunk(options.Value.ApplyChunk))
        {
            var changedNow = await db.WriteAsync(async c =>
            {
                var ids = chunk.Select(m => m.Id).ToList();
                var changed = rule.DryRun ? ids : [.. await writes.ApplyAutomaticChangesAsync(new AutomaticChangeBatch(ids, change), c)];
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
            db.ChangeTracker.Clear();
            done += changedNow;
            handled += chunk.Length;
            feed.Publish(new GroupChunkCommitted(rule.Id, changedNow, handled, who.Count));
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
