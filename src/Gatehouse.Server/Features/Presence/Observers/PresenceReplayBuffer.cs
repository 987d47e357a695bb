using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// The last N changes with their stream positions, for Server-Sent Events resume. Fixed size:
/// the memory it costs does not depend on load. Not thread-safe; the fan-out's publish lock guards it.
/// </summary>
internal sealed class PresenceReplayBuffer(int capacity)
{
    private readonly (long Position, PresenceChange Change)[] _ring = new (long, PresenceChange)[Math.Max(capacity, 1)];
    private long _count;

    /// <summary>Can a client that saw everything up to <paramref name="position"/> be brought up to date from here?</summary>
    public bool CanResumeFrom(long position, long current)
    {
        if (position > current) return false;
        if (position == current) return true;
        if (_count == 0) return false;
        var oldest = _ring[_count <= _ring.Length ? 0 : _count % _ring.Length].Position;
        return position >= oldest - 1;
    }

    public void Add(long position, PresenceChange change)
    {
        _ring[_count % _ring.Length] = (position, change);
        _count++;
    }

    public IEnumerable<(long Position, PresenceChange Change)> After(long position)
    {
        var start = Math.Max(0, _count - _ring.Length);
        for (var i = start; i < _count; i++)
        {
            var entry = _ring[i % _ring.Length];
            if (entry.Position > position) yield return entry;
        }
    }
}
