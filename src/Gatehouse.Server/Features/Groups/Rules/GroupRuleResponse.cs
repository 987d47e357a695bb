namespace Gatehouse.Server.Features.Groups.Rules;

/// <summary>A dynamic group rule and where it stands.</summary>
/// <param name="Role">The managed role's id (null when the rule manages a tag).</param>
/// <param name="MemberCount">Members the rule gave its role or tag and who still have it (simulated in dry run).</param>
/// <param name="BlockedReason">Why the rule applies nothing now (its owner lost rank over the role); null when it applies.</param>
/// <param name="OwnerId">The member whose rank bounds the rule (who last saved it).</param>
public sealed record GroupRuleResponse(
    Guid Id, string Name, string? Description, string Action, Guid? Role, string? Tag, GroupCondition Condition, bool Paused, bool DryRun,
    int MemberCount, string? BlockedReason, Guid? OwnerId, DateTime? LastEvaluatedAt, DateTime CreatedAt, DateTime UpdatedAt, int Version)
{
    public static GroupRuleResponse Of(GroupRule r, int memberCount) => new(
        r.Id, r.Name, r.Description, r.Action, r.RoleId, r.Tag, r.Condition, r.Paused, r.DryRun, memberCount, r.BlockedReason, r.OwnerId,
        r.LastEvaluatedAt, r.CreatedAt, r.UpdatedAt, r.Version);

    /// <summary>The editable part, for the audit diff.</summary>
    public static object Settings(GroupRule r) => new
    {
        name = r.Name,
        description = r.Description,
        action = r.Action,
        role = r.RoleId,
        tag = r.Tag,
        condition = r.ConditionJson,
        paused = r.Paused,
        dry_run = r.DryRun,
    };
}
