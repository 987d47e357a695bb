using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Gatehouse.Server.Features.Groups.Engine;

/// <summary>Rules saved and members changed since the last pass, coalesced: a burst of events makes one pass.</summary>
public sealed class GroupSignal
{
    private readonly ConcurrentDictionary<Guid, byte> _rules = new();
    private readonly ConcurrentDictionary<Guid, byte> _members = new();
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void RuleChanged(Guid ruleId)
    {
        _rules[ruleId] = 0;
        _wake.Writer.TryWrite(true);
    }

    public void MemberChanged(Guid userId)
    {
        _members[userId] = 0;
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// A pass over these members failed: they wait for the next wake-up without waking the worker now, so a
    /// failure that persists does not spin. (A saved rule needs no retry here: it stays pending until a full pass, see <see cref="GroupEngine.ResumePendingAsync"/>.)
    /// </summary>
    public void Retry(IEnumerable<Guid> members)
    {
        foreach (var member in members) _members[member] = 0;
    }

    public ValueTask<bool> WaitAsync(CancellationToken ct) => _wake.Reader.ReadAsync(ct);

    public (List<Guid> Rules, List<Guid> Members) Take() => (Drain(_rules), Drain(_members));

    private static List<Guid> Drain(ConcurrentDictionary<Guid, byte> set)
    {
        var taken = new List<Guid>();
        foreach (var key in set.Keys)
            if (set.TryRemove(key, out _)) taken.Add(key);
        return taken;
    }
}
