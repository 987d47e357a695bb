using System.Collections.Concurrent;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Registry;

/// <summary>
/// The registry of a single node: one small object per user, one lock per user, no timer per
/// session. Changes are published while the user's lock is held, so sinks see each user's
/// changes in version order.
/// </summary>
public sealed class InMemoryPresenceRegistry(
    IEnumerable<IPresenceChangeSink> sinks, PresenceVersionClock clock, TimeProvider time, IOptions<PresenceOptions> options)
    : IPresenceRegistry
{
    private readonly ConcurrentDictionary<Guid, UserPresence> _users = new();
    /// <summary>Users with a persisted column changed since the last save, so the writer need not scan everyone.</summary>
    private readonly ConcurrentDictionary<Guid, byte> _unsaved = new();
    private readonly IPresenceChangeSink[] _sinks = [.. sinks];
    private readonly PresenceOptions _options = options.Value;

    public IReadOnlyCollection<Guid> TrackedUsers => [.. _users.Keys];

    public bool IsTracked(Guid userId) => _users.ContainsKey(userId);

    public ValueTask<PresenceUpdate?> ConnectAsync(GatewaySession session, PresenceSeed? seed, CancellationToken ct)
    {
        while (true)
        {
            if (!_users.TryGetValue(session.UserId, out var user))
            {
                if (seed is null) return ValueTask.FromResult<PresenceUpdate?>(null);
                user = _users.GetOrAdd(session.UserId, _ => NewUser(seed));
            }
            lock (user)
            {
                if (user.Evicted) continue;
                // Spread last-seen writes: each user is due one resolution after their first session, not all at once.
                if (!user.IsConnected) user.LastSeenDueAt = Now + _options.LastSeenResolution;
                user.Sessions = [.. user.Sessions, session];
                user.GraceDeadline = null;
                Commit(user, persist: false);
                return ValueTask.FromResult<PresenceUpdate?>(user.Full);
            }
        }
    }

    public ValueTask DisconnectAsync(GatewaySession session, CancellationToken ct)
    {
        if (!_users.TryGetValue(session.UserId, out var user)) return ValueTask.CompletedTask;
        lock (user)
        {
            var remaining = Array.FindAll(user.Sessions, s => !ReferenceEquals(s, session));
            if (remaining.Length == user.Sessions.Length) return ValueTask.CompletedTask;
            user.Sessions = remaining;
            if (remaining.Length > 0)
            {
                Commit(user, persist: false);
                return ValueTask.CompletedTask;
            }
            // The last session is gone: remember when the user was last seen, keep showing them
            // as they were until the grace period ends (the sweep turns them offline).
            var now = Now;
            user.LastSeenAt = now;
            if (user.Chosen != ChosenStatus.Invisible) user.PublicLastSeenAt = now;
            MarkUnsaved(user);
            user.GraceDeadline = now + _options.OfflineGrace;
            if (_options.OfflineGrace <= TimeSpan.Zero) GoOffline(user);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordActivityAsync(GatewaySession session, CancellationToken ct)
    {
        session.Touch(NowMs);
        // Hot path: a ping from an active session changes nothing visible and takes no lock.
        if (!session.Idle || !_users.TryGetValue(session.UserId, out var user)) return ValueTask.CompletedTask;
        lock (user)
        {
            if (!session.Idle) return ValueTask.CompletedTask;
            session.Idle = false;
            Commit(user, persist: false);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<PresenceUpdate?> SetStatusAsync(Guid userId, ChosenStatus status, string? message, DateTime? expiresAt, CancellationToken ct)
    {
        if (!_users.TryGetValue(userId, out var user)) return ValueTask.FromResult<PresenceUpdate?>(null);
        lock (user)
        {
            if (user.Evicted) return ValueTask.FromResult<PresenceUpdate?>(null);
            // Going invisible is going "offline" for most observers: their last-seen time is now.
            if (status == ChosenStatus.Invisible && user.Chosen != ChosenStatus.Invisible && user.IsConnected) user.PublicLastSeenAt = Now;
            user.Chosen = status;
            user.Message = message;
            user.ExpiresAt = expiresAt;
            Commit(user, persist: true);
            return ValueTask.FromResult<PresenceUpdate?>(user.Full);
        }
    }

    public ValueTask<PresenceUpdate?> SetActivityAsync(Guid userId, PresenceActivity? activity, CancellationToken ct)
    {
        if (!_users.TryGetValue(userId, out var user)) return ValueTask.FromResult<PresenceUpdate?>(null);
        lock (user)
        {
            if (user.Evicted) return ValueTask.FromResult<PresenceUpdate?>(null);
            user.Activity = activity;
            Commit(user, persist: true);
            return ValueTask.FromResult<PresenceUpdate?>(user.Full);
        }
    }

    public ValueTask UpdateRolesAsync(Guid userId, Guid[] roles, CancellationToken ct)
    {
        if (!_users.TryGetValue(userId, out var user)) return ValueTask.CompletedTask;
        lock (user)
        {
            if (user.Evicted) return ValueTask.CompletedTask;
            user.Roles = roles;
            // The views carry the roles: a change goes out like any other (a new version), so
            // observers filtering by role see the user arrive or leave, and lists regroup. The same
            // roles make the same view, which Commit does not publish.
            Commit(user, persist: false);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<PresenceRecord?> GetAsync(Guid userId, CancellationToken ct)
    {
        if (!_users.TryGetValue(userId, out var user)) return ValueTask.FromResult<PresenceRecord?>(null);
        lock (user) return ValueTask.FromResult<PresenceRecord?>(user.Evicted ? null : user.ToRecord());
    }

    public ValueTask<IReadOnlyList<PresenceRecord>> SnapshotAsync(CancellationToken ct)
    {
        var records = new List<PresenceRecord>();
        foreach (var (_, user) in _users)
            lock (user)
                if (!user.Evicted && !user.Full.IsOffline) records.Add(user.ToRecord());
        return ValueTask.FromResult<IReadOnlyList<PresenceRecord>>(records);
    }

    /// <summary>Users swept between two yields of the thread (see <see cref="SweepAsync"/>).</summary>
    internal const int SweepChunk = 512;

    public async ValueTask SweepAsync(CancellationToken ct)
    {
        var now = Now;
        var nowMs = NowMs;
        var idleAfterMs = (long)_options.IdleAfter.TotalMilliseconds;
        var swept = 0;
        // Walked in place, not through Values: that takes every lock of the dictionary (holding up each connect and
        // change meanwhile) to copy all the users into a new array, every second (80 KB at 10,000 users, one more
        // young-generation collection every few seconds). Removing the user being walked is allowed.
        foreach (var (_, user) in _users)
        {
            Sweep(user, now, nowMs, idleAfterMs);
            // 10,000 users are ~4 ms of one thread pool thread on a 2-core machine: in one go, the gateway's changes
            // queued meanwhile waited for it, once a second (docs/adr/thread-pool-no-spin.md). The walk gives
            // the thread back every chunk, so they wait for a chunk at most. Every user is still swept in this call.
            if (++swept % SweepChunk == 0) await Task.Yield();
        }
    }

    private void Sweep(UserPresence user, DateTime now, long nowMs, long idleAfterMs)
    {
        lock (user)
        {
            if (user.Evicted) return;
            var changed = false;
            if (user.ExpiresAt <= now)
            {
                user.Chosen = ChosenStatus.Online;
                user.Message = null;
                user.ExpiresAt = null;
                MarkUnsaved(user);
                changed = true;
            }
            foreach (var session in user.Sessions)
            {
                if (session.Idle || nowMs - session.LastActivityMs < idleAfterMs) continue;
                session.Idle = true;
                changed = true;
            }
            if (user.GraceDeadline <= now) GoOffline(user);
            else if (changed) Commit(user, persist: false);

            // Offline and safely written: the database holds everything, the memory can go.
            if (!user.IsConnected && user.GraceDeadline is null && !user.IsUnsaved)
            {
                user.Evicted = true;
                _users.TryRemove(new KeyValuePair<Guid, UserPresence>(user.UserId, user));
            }
        }
    }

    public IReadOnlyList<PresenceRow> CollectUnsaved(bool everyone)
    {
        var now = Now;
        var rows = new List<PresenceRow>();
        // Connected users' last-seen time moves all the time; it is written coarsely, not per ping.
        // Walked in place, not copied through Keys and Values (see SweepAsync).
        IEnumerable<UserPresence> candidates = everyone
            ? _users.Select(u => u.Value)
            : _unsaved.Select(u => _users.GetValueOrDefault(u.Key)).OfType<UserPresence>()
                .Concat(_users.Select(u => u.Value).Where(u => u.IsConnected && u.LastSeenDueAt <= now));
        var seen = new HashSet<Guid>();
        foreach (var user in candidates)
        {
            if (!seen.Add(user.UserId)) continue;
            lock (user)
                if (everyone || user.IsUnsaved || user.IsConnected) rows.Add(user.ToRow(now));
        }
        foreach (var (id, _) in _unsaved)
            if (!_users.ContainsKey(id)) _unsaved.TryRemove(id, out _);
        return rows;
    }

    public void MarkSaved(IReadOnlyList<PresenceRow> rows)
    {
        foreach (var row in rows)
        {
            if (!_users.TryGetValue(row.UserId, out var user)) continue;
            lock (user)
            {
                user.SavedGeneration = Math.Max(user.SavedGeneration, row.Generation);
                if (user.IsConnected) user.LastSeenDueAt = Now + _options.LastSeenResolution;
                if (!user.IsUnsaved) _unsaved.TryRemove(user.UserId, out _);
            }
        }
    }

    private UserPresence NewUser(PresenceSeed seed)
    {
        var user = new UserPresence(seed);
        if (seed.StatusExpiresAt <= Now)
        {
            // The custom status ran out while nobody watched: clear it now, and in the row.
            user.Chosen = ChosenStatus.Online;
            user.Message = null;
            user.ExpiresAt = null;
            MarkUnsaved(user);
        }
        return user;
    }

    private void GoOffline(UserPresence user)
    {
        user.GraceDeadline = null;
        // An activity lives as long as the sessions reporting it.
        if (user.Activity is not null)
        {
            user.Activity = null;
            MarkUnsaved(user);
        }
        Commit(user, persist: false);
    }

    private void MarkUnsaved(UserPresence user)
    {
        user.ChangeGeneration++;
        _unsaved.TryAdd(user.UserId, 0);
    }

    /// <summary>Recomputes the views after a mutation; publishes a new version when something visible changed. Caller holds the lock.</summary>
    private void Commit(UserPresence user, bool persist)
    {
        if (persist) MarkUnsaved(user);
        var now = Now;
        PresenceUpdate candidate;
        if (user.IsConnected)
        {
            user.LastSeenAt = now;
            if (user.Chosen != ChosenStatus.Invisible) user.PublicLastSeenAt = now;
            var (status, clientStatus) = PresenceAggregation.Aggregate(user.Chosen, user.Sessions);
            candidate = new PresenceUpdate(PresenceUpdate.EventType, user.UserId, status, user.Message, user.Activity, clientStatus, now, user.Roles, user.Full.Version);
        }
        else if (user.GraceDeadline is not null)
        {
            return; // still shown as before until the grace period ends
        }
        else
        {
            candidate = PresenceUpdate.Offline(user.UserId, user.Roles, user.LastSeenAt, user.Full.Version);
        }
        if (candidate.SameAs(user.Full)) return;

        var full = candidate with { Version = clock.Next(user.Full.Version) };
        var pub = PresenceAggregation.Public(full, user.PublicLastSeenAt);
        var change = new PresenceChange(user.UserId, user.Full, full, user.Public, pub,
            Array.ConvertAll(user.Sessions, s => s.ConnectionId));
        user.Full = full;
        user.Public = pub;
        foreach (var sink in _sinks) sink.Publish(change);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();
}
