using System.Collections.Concurrent;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// The presence registry of a cluster node. This node's sessions stay in an
/// <see cref="InMemoryPresenceRegistry"/> (idle, grace and expiry rules unchanged); each change of
/// its view of a member is written to Redis by <see cref="PresenceClusterLink"/>, which answers with
/// the member's presence merged over every node at a cluster-wide version, published to all nodes.
/// Observers and echoes here get those merged changes. With Redis away, this node's own view is
/// published locally (versions from the same hybrid clock), and re-sent when Redis is back.
/// </summary>
public sealed class RedisPresenceRegistry : IPresenceRegistry
{
    private sealed record LocalEntry(NodeView View, IReadOnlyList<string> Connections);

    private sealed class LocalSink(RedisPresenceRegistry owner) : IPresenceChangeSink
    {
        public void Publish(PresenceChange change) => owner.OnLocalChange(change);
    }

    private readonly InMemoryPresenceRegistry _local;
    private readonly IPresenceChangeSink[] _sinks;
    private readonly PresenceVersionClock _clock;
    private readonly ConcurrentDictionary<Guid, LocalEntry> _localViews = new();
    private readonly ConcurrentDictionary<Guid, PresenceRecord> _merged = new();
    private readonly ConcurrentDictionary<Guid, byte> _dirty = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _applyLock = new();

    public RedisPresenceRegistry(IEnumerable<IPresenceChangeSink> sinks, PresenceVersionClock clock, TimeProvider time, IOptions<PresenceOptions> options)
    {
        _sinks = [.. sinks];
        _clock = clock;
        _local = new InMemoryPresenceRegistry([new LocalSink(this)], clock, time, options);
    }

    public IReadOnlyCollection<Guid> TrackedUsers => _local.TrackedUsers;
    public bool IsTracked(Guid userId) => _local.IsTracked(userId);
    public ValueTask<PresenceUpdate?> ConnectAsync(GatewaySession session, PresenceSeed? seed, CancellationToken ct) => _local.ConnectAsync(session, seed, ct);
    public ValueTask DisconnectAsync(GatewaySession session, CancellationToken ct) => _local.DisconnectAsync(session, ct);
    public ValueTask RecordActivityAsync(GatewaySession session, CancellationToken ct) => _local.RecordActivityAsync(session, ct);
    public ValueTask<PresenceUpdate?> SetActivityAsync(Guid userId, PresenceActivity? activity, CancellationToken ct) => _local.SetActivityAsync(userId, activity, ct);
    public ValueTask UpdateRolesAsync(Guid userId, Guid[] roles, CancellationToken ct) => _local.UpdateRolesAsync(userId, roles, ct);
    public ValueTask SweepAsync(CancellationToken ct) => _local.SweepAsync(ct);
    public IReadOnlyList<PresenceRow> CollectUnsaved(bool everyone) => _local.CollectUnsaved(everyone);
    public void MarkSaved(IReadOnlyList<PresenceRow> rows) => _local.MarkSaved(rows);

    /// <summary>Set by the link: tells the other nodes about a chosen status (it is account-wide).</summary>
    internal Func<Guid, ChosenStatus, string?, DateTime?, Task>? StatusBroadcast { get; set; }

    public async ValueTask<PresenceUpdate?> SetStatusAsync(Guid userId, ChosenStatus status, string? message, DateTime? expiresAt, CancellationToken ct)
    {
        var applied = await _local.SetStatusAsync(userId, status, message, expiresAt, ct);
        if (StatusBroadcast is { } broadcast) await broadcast(userId, status, message, expiresAt);
        return applied;
    }

    /// <summary>Applies a status another node set, when this node holds sessions of the member.</summary>
    internal ValueTask<PresenceUpdate?> ApplyRemoteStatusAsync(Guid userId, ChosenStatus status, string? message, DateTime? expiresAt) =>
        _local.SetStatusAsync(userId, status, message, expiresAt, CancellationToken.None);

    public ValueTask<PresenceRecord?> GetAsync(Guid userId, CancellationToken ct) =>
        ValueTask.FromResult(_merged.TryGetValue(userId, out var record) ? record : null);

    public ValueTask<IReadOnlyList<PresenceRecord>> SnapshotAsync(CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyList<PresenceRecord>>([.. _merged.Values.Where(r => !r.Full.IsOffline)]);

    /// <summary>Members whose view on this node changed since the link last wrote them.</summary>
    internal async Task<IReadOnlyList<Guid>> WaitForDirtyAsync(CancellationToken ct)
    {
        await _wake.WaitAsync(ct);
        while (_wake.CurrentCount > 0) await _wake.WaitAsync(ct);
        var ids = _dirty.Keys.ToList();
        foreach (var id in ids) _dirty.TryRemove(id, out _);
        return ids;
    }

    /// <summary>Queues members for the link to write again (after Redis came back, or a member this node no longer holds).</summary>
    internal void MarkDirty(IEnumerable<Guid> ids)
    {
        foreach (var id in ids) _dirty.TryAdd(id, 0);
        _wake.Release();
    }

    internal IReadOnlyCollection<Guid> LocalMembers => [.. _localViews.Keys];

    /// <summary>This node's current view of a member: null when it holds no live session of theirs.</summary>
    internal NodeView? LocalView(Guid userId) =>
        _localViews.TryGetValue(userId, out var entry) && !entry.View.Full.IsOffline ? entry.View : null;

    /// <summary>The member's last offline view on this node (its last-seen time), forgotten once written.</summary>
    internal PresenceUpdate? TakeOffline(Guid userId)
    {
        if (!_localViews.TryGetValue(userId, out var entry) || !entry.View.Full.IsOffline) return null;
        _localViews.TryRemove(new KeyValuePair<Guid, LocalEntry>(userId, entry));
        return entry.View.Full;
    }

    /// <summary>Redis is away: this node's own view becomes the member's presence here, at a version from the same clock.</summary>
    internal void ApplyLocalOnly(Guid userId)
    {
        if (!_localViews.TryGetValue(userId, out var entry)) return;
        long previous = _merged.TryGetValue(userId, out var current) ? current.Full.Version : 0;
        var version = _clock.Next(previous);
        Apply(new MergedPresence(userId, entry.View.SortKey, entry.View.Full with { Version = version }, entry.View.Public with { Version = version }));
    }

    /// <summary>
    /// Takes a merged presence from the cluster channel (or the local fallback). Older versions are
    /// dropped, so messages that cross on the way keep every observer monotone.
    /// </summary>
    internal void Apply(MergedPresence merged)
    {
        lock (_applyLock)
        {
            var previous = _merged.GetValueOrDefault(merged.UserId);
            if (previous is not null && merged.Full.Version <= previous.Full.Version) return;
            var sortKey = merged.SortKey.Length > 0 ? merged.SortKey : previous?.SortKey ?? "";
            _merged[merged.UserId] = new PresenceRecord(merged.UserId, sortKey, merged.Full.Roles, merged.Full, merged.Public);
            var before = previous?.Full ?? PresenceUpdate.Offline(merged.UserId, merged.Full.Roles, null, 0);
            var beforePublic = previous?.Public ?? before;
            if (merged.Full.SameAs(before) && merged.Public.SameAs(beforePublic)) return;
            var connections = _localViews.TryGetValue(merged.UserId, out var entry) ? entry.Connections : [];
            var change = new PresenceChange(merged.UserId, before, merged.Full, beforePublic, merged.Public, connections);
            foreach (var sink in _sinks) sink.Publish(change);
        }
    }

    /// <summary>Called under the member's lock in the local registry: record the view, let the link write it.</summary>
    private void OnLocalChange(PresenceChange change)
    {
        var sortKey = _localViews.TryGetValue(change.UserId, out var known) ? known.View.SortKey : SortKeyOf(change.UserId);
        _localViews[change.UserId] = new LocalEntry(new NodeView(change.Full, change.Public, sortKey), change.Connections);
        _dirty.TryAdd(change.UserId, 0);
        _wake.Release();
    }

    // Reentrant: the local registry holds the member's lock and has already swapped in the new view.
    private string SortKeyOf(Guid userId) => _local.GetAsync(userId, CancellationToken.None).Result?.SortKey ?? "";
}
