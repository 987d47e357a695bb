namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>What one pass did to one rule's members, after it committed.</summary>
/// <param name="Trigger"><c>saved</c>, <c>event</c> or <c>schedule</c>.</param>
public sealed record GroupRulePass(Guid RuleId, int Added, int Removed, bool DryRun, string Trigger, DateTime At);

/// <summary>Committed passes and rule edits, for the <c>groups</c> live topic and for tests that follow the engine.</summary>
public sealed class GroupsLiveFeed
{
    public event Action<GroupRulePass>? Passed;

    /// <summary>A chunk of a rule's changes committed (progress of a long apply). A handler that throws stops the pass there, as a crash would.</summary>
    public event Action<GroupChunkCommitted>? ChunkCommitted;

    /// <summary>A pass stopped with an error (also logged by whoever ran it): a follower waiting for that pass learns why at once.</summary>
    public event Action<GroupPassFailed>? Failed;

    public void Publish(GroupRulePass pass) => Passed?.Invoke(pass);

    public void Publish(GroupChunkCommitted chunk) => ChunkCommitted?.Invoke(chunk);

    public void Publish(GroupPassFailed failure) => Failed?.Invoke(failure);
}

/// <param name="Trigger">What the failed pass was run for (<c>saved</c>, <c>event</c>, <c>schedule</c>).</param>
/// <param name="RuleIds">The rules it ran (null: every rule not paused).</param>
public sealed record GroupPassFailed(string Trigger, IReadOnlyCollection<Guid>? RuleIds, Exception Error);

/// <param name="Changed">Members this chunk changed (or, in dry run, would have).</param>
/// <param name="Done">Members of the pass's list handled so far, this chunk included.</param>
/// <param name="Of">Members on the pass's list for this change.</param>
public sealed record GroupChunkCommitted(Guid RuleId, int Changed, int Done, int Of);
