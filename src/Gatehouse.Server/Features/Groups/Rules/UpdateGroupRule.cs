using System.Text.Json;
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

namespace Gatehouse.Server.Features.Groups.Rules;

public static class UpdateGroupRule
{
    /// <summary>Fields to change; absent fields stay. Give role or tag to switch the target (the other is cleared).</summary>
    public sealed record Request(
        string? Name = null, GroupCondition? Condition = null, string? Description = null, string? Action = null, string? Role = null, string? Tag = null,
        bool? Paused = null, bool? DryRun = null);

    /// <summary>
    /// Edits a rule (honours If-Match). The editor becomes the rule's owner (their rank bounds it from now on).
    /// Leaving or entering dry run forgets the group simulated so far. A change that changes nothing writes nothing.
    /// </summary>
    public static async Task<Results<Ok<GroupRuleResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, IAuditLog audit, IDomainEvents events, AccessService access, CurrentActor actor,
        TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        if (request.Name is not null && string.IsNullOrWhiteSpace(request.Name))
            return Problems.Validation(new Dictionary<string, string[]> { ["name"] = [Messages.Get("required")] });
        var now = time.GetUtcNow().UtcDateTime;
        ProblemHttpResult? stale = null;
        ValidationProblem? invalid = null;
        var rule = await db.WriteAsync(async c =>
        {
            var r = await GroupRuleRules.LoadAsync(db, id, c);
            if (Preconditions.CheckIfMatch(http, r.Version, "group_rule") is { } failed)
            {
                stale = failed;
                return r;
            }
            var switchTarget = request.Role is not null || request.Tag is not null;
            var role = switchTarget ? request.Role : r.RoleId?.ToString();
            var tag = switchTarget ? request.Tag : r.Tag;
            var v = new Validator();
            v.MaxLength("description", request.Description, 500);
            var merged = GroupRuleRules.Check(v, request.Name ?? r.Name, request.Condition ?? r.Condition, request.Action ?? r.Action, role, tag, roles, actor);
            if (merged is null || !v.IsValid)
            {
                invalid = Problems.Validation(v.Errors);
                return r;
            }
            var before = GroupRuleResponse.Settings(r);
            var targetBefore = (r.RoleId, r.Tag, r.Action, r.DryRun);
            CreateGroupRule.Apply(r, request.Name ?? r.Name, request.Description ?? r.Description, merged, request.Paused ?? r.Paused, request.DryRun ?? r.DryRun);
            var after = GroupRuleResponse.Settings(r);
            if (JsonSerializer.Serialize(before) == JsonSerializer.Serialize(after)) return r;
            // A new target or a switch in or out of dry run: the members held so far are not the new rule's.
            if (targetBefore != (r.RoleId, r.Tag, r.Action, r.DryRun))
                await db.Set<GroupRuleMember>().Where(m => m.RuleId == r.Id).ExecuteDeleteAsync(c);
            r.OwnerId = actor.UserId;
            r.BlockedReason = null;
            r.Version++;
            r.UpdatedAt = now;
            audit.Record(new AuditRecord("group_rule.updated", "group_rule", r.Id.ToString(), new { before, after }));
            events.Record(GroupEventWatcher.RuleChanged, GroupEventWatcher.RuleAggregate, r.Id.ToString(), r.Version, new { id = r.Id });
            return r;
        }, ct);
        if (stale is not null) return stale;
        if (invalid is not null) return invalid;
        Preconditions.SetETag(http, rule.Version);
        return TypedResults.Ok(GroupRuleResponse.Of(rule, await ListGroupRules.CountMembersAsync(db, rule.Id, ct)));
    }
}
