using Gatehouse.Server.Features.Presence.Model;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// Hands every change to every observer and keeps the replay buffer. Each change gets a stream
/// position (the <c>version</c> of a subscription, the <c>id</c> of a Server-Sent Event); positions
/// and offers happen under one lock, so an observer receives changes in position order and a
/// resume point never skips one. Offering only writes into each observer's coalescing map: a slow
/// observer cannot slow the publisher or anyone else.
/// </summary>
public sealed class PresenceFanout : IPresenceChangeSink
{
    private readonly Lock _lock = new();
    private readonly PresenceReplayBuffer _replay;
    private PresenceObserver[] _observers = [];
    private long _position;

    public PresenceFanout(PresenceVersionClock clock, IOptions<PresenceOptions> options)
    {
        _replay = new PresenceReplayBuffer(options.Value.ReplayBufferSize);
        // Positions start at the version clock's floor: a position from before a restart is
        // always lower than any of this run, so it can never be mistaken for a resume point.
        _position = clock.Floor;
    }

    public long Position
    {
        get { lock (_lock) return _position; }
    }

    public IReadOnlyList<PresenceObserver> Observers => Volatile.Read(ref _observers);

    public void Publish(PresenceChange change)
    {
        lock (_lock)
        {
            var position = ++_position;
            _replay.Add(position, change);
            foreach (var observer in _observers) observer.Offer(position, change);
        }
    }

    /// <summary>Starts offering changes to <paramref name="observer"/>; returns the position it starts after.</summary>
    public long Attach(PresenceObserver observer)
    {
        lock (_lock)
        {
            _observers = [.. _observers, observer];
            return _position;
        }
    }

    /// <summary>
    /// Resumes an observer that saw everything up to <paramref name="lastPosition"/>: the changes it
    /// missed are queued first. False (and nothing attached) when the buffer no longer reaches back that far.
    /// </summary>
    public bool TryResume(PresenceObserver observer, long lastPosition)
    {
        lock (_lock)
        {
            if (!_replay.CanResumeFrom(lastPosition, _position)) return false;
            foreach (var (position, change) in _replay.After(lastPosition)) observer.Offer(position, change);
            _observers = [.. _observers, observer];
            return true;
        }
    }

    public void Detach(PresenceObserver observer)
    {
        lock (_lock) _observers = Array.FindAll(_observers, o => !ReferenceEquals(o, observer));
    }
}
