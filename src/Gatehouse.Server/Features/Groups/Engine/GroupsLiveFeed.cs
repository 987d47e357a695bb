namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>What one pass did to one rule's members, after it committed.</summary>
/// <param name="Trigger"><c>saved</c>, <c>event</c> or <c>schedule</c>.</param>
public sealed record GroupRulePass(Guid RuleId, int Added, int Removed, bool DryRun, string Trigger, DateTime At);

/// <summary>Committed passes and rule edits, for the <c>groups</c> live topic and for tests that follow the engine.</summary>
public sealed class GroupsLiveFeed
{
    public event Action<GroupRulePass>? Passed;

    public void Publish(GroupRulePass pass) => Passed?.Invoke(pass);
}
