using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Groups.Engine;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Groups.Rules;

public static class CreateGroupRule
{
    /// <summary>Saves a rule; the engine applies it right after the commit (unless paused).</summary>
    public static async Task<Results<Created<GroupRuleResponse>, ValidationProblem>> Handle(
        GroupRuleInput request, HttpContext http, GatehouseDb db, IAuditLog audit, IDomainEvents events, AccessService access, CurrentActor actor,
        IOptions<GroupsOptions> options, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator();
        v.MaxLength("description", request.Description, 500);
        var roles = await access.RolesAsync(ct);
        var checkedRule = GroupRuleRules.Check(v, request.Name, request.Condition, request.Action, request.Role, request.Tag, roles, actor);
        if (checkedRule is null || !v.IsValid) return Problems.Validation(v.Errors);

        var now = time.GetUtcNow().UtcDateTime;
        var rule = new GroupRule { CreatedAt = now, UpdatedAt = now, OwnerId = actor.UserId };
        Apply(rule, request.Name!, request.Description, checkedRule, request.Paused, request.DryRun);
        await db.WriteAsync(async c =>
        {
            var max = options.Value.MaxRules;
            if (await db.Set<GroupRule>().CountAsync(c) >= max) throw new RuleViolation(409, "limit-reached", GroupText.Get("rules.limit", max));
            db.Set<GroupRule>().Add(rule);
            audit.Record(new AuditRecord("group_rule.created", "group_rule", rule.Id.ToString(), GroupRuleResponse.Settings(rule)));
            events.Record(GroupEventWatcher.RuleChanged, GroupEventWatcher.RuleAggregate, rule.Id.ToString(), rule.Version, new { id = rule.Id });
            return 0;
        }, ct);
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Created($"/api/v1/groups/rules/{rule.Id}", GroupRuleResponse.Of(rule, 0));
    }

    public static void Apply(GroupRule rule, string name, string? description, GroupRuleRules.Checked c, bool paused, bool dryRun)
    {
        rule.Name = name.Trim();
        rule.Description = description;
        rule.Action = c.Action;
        rule.RoleId = c.RoleId;
        rule.Tag = c.Tag;
        rule.Condition = c.Condition;
        rule.Paused = paused;
        rule.DryRun = dryRun;
    }
}
