using System.Text.Json;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Groups.Rules;

/// <summary>A dynamic group: gives (or takes) one role or tag to the members its condition matches.</summary>
public sealed class GroupRule
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    /// <summary><see cref="GroupActions.Add"/> or <see cref="GroupActions.Remove"/>.</summary>
    public string Action { get; set; } = GroupActions.Add;
    public Guid? RoleId { get; set; }
    public string? Tag { get; set; }
    /// <summary>The condition tree as JSON (snake_case): read and written whole, never queried by part.</summary>
    public string ConditionJson { get; set; } = "{}";
    /// <summary>A paused rule is not evaluated at all.</summary>
    public bool Paused { get; set; }
    /// <summary>A dry-run rule records in its history what it would change and changes nothing.</summary>
    public bool DryRun { get; set; }
    /// <summary>Whose hierarchy bounds the rule: the member who last saved it.</summary>
    public Guid? OwnerId { get; set; }
    /// <summary>Why the rule is not applying now (its owner lost rank over its role); null when it applies.</summary>
    public string? BlockedReason { get; set; }
    public DateTime? LastEvaluatedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public GroupCondition Condition
    {
        get => JsonSerializer.Deserialize<GroupCondition>(ConditionJson, GatehouseJson.Options) ?? new GroupCondition();
        set => ConditionJson = JsonSerializer.Serialize(value, GatehouseJson.Options);
    }
}

/// <summary>A member an add rule gave its role or tag: only these can lose it again through the rule (a hand-given role stays).</summary>
public sealed class GroupRuleMember
{
    public Guid RuleId { get; set; }
    public Guid UserId { get; set; }
    public DateTime Since { get; set; }
}

/// <summary>One change a rule made (or, in dry run, would have made) to one member.</summary>
public sealed class GroupRuleChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RuleId { get; set; }
    public Guid UserId { get; set; }
    public string Username { get; set; } = "";
    /// <summary><c>added</c> or <c>removed</c>.</summary>
    public string Change { get; set; } = "";
    public bool DryRun { get; set; }
    /// <summary>What started the pass: <c>saved</c>, <c>event</c> or <c>schedule</c>.</summary>
    public string Trigger { get; set; } = "";
    public DateTime At { get; set; }
}
