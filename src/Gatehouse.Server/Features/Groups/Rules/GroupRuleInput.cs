namespace Gatehouse.Server.Features.Groups.Rules;

/// <summary>A rule as written by the panel (create, preview).</summary>
/// <param name="Action">add (the default: matching members get the role or tag, and lose it when they stop matching) or remove (matching members lose it).</param>
/// <param name="Role">The role to manage (id or name); give this or <paramref name="Tag"/>.</param>
/// <param name="Tag">The tag to manage; give this or <paramref name="Role"/>.</param>
/// <param name="Condition">The condition tree (groups with op and/or, tests with a type).</param>
/// <param name="Paused">A paused rule is not evaluated.</param>
/// <param name="DryRun">Records what the rule would change in its history, changes nothing.</param>
public sealed record GroupRuleInput(
    string? Name, GroupCondition? Condition, string? Description = null, string? Action = null, string? Role = null, string? Tag = null,
    bool Paused = false, bool DryRun = false);

/// <summary>A draft to preview; <paramref name="RuleId"/> previews an edit of a saved rule (its members so far count).</summary>
public sealed record PreviewGroupRuleInput(
    string? Name, GroupCondition? Condition, string? Action = null, string? Role = null, string? Tag = null, Guid? RuleId = null);
