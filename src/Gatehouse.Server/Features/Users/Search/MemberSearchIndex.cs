using System.Text.Json;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users.Search;

/// <summary>
/// This node's copy of what <c>GET /users?q=</c> filters and sorts on (docs/adr/member-search-index.md).
/// A search first catches up: it applies the outbox events committed since the last one it saw
/// (every node's commits, in commit order) and the members this node saved without an event, then
/// scans the copy. So a search sees every change committed before it started, on any node.
/// </summary>
public sealed partial class MemberSearchIndex(ILogger<MemberSearchIndex> logger)
{
    private readonly SemaphoreSlim _catchUp = new(1, 1);
    // The writer's state (touched only under _catchUp); searches read the published snapshot, never these.
    private readonly List<MemberSearchEntry> _entries = [];
    private readonly Dictionary<Guid, int> _slots = [];
    private readonly HashSet<int> _dirtyChunks = [];
    private MemberSearchSnapshot _snapshot = MemberSearchSnapshot.Empty;
    private readonly HashSet<Guid> _savedLocally = [];
    private long _position = -1;
    private bool? _ordinalText;
    // The username order being merged on the thread pool, and the state it was taken from (writer's side).
    private (MemberNameOrder From, Task<MemberNameOrder> Merged)? _merge;

    /// <summary>
    /// Whether the database compares text ordinally as the copy does: SQLite's BINARY always, PostgreSQL
    /// when the database's collation is C or POSIX (another locale orders punctuation and case differently).
    /// </summary>
    public async ValueTask<bool> OrdersLikeDatabaseAsync(GatehouseDb db, CancellationToken ct)
    {
        if (_ordinalText is { } known) return known;
        if (!db.IsPostgres) return (_ordinalText = true).Value;
        var collation = await db.Database
            .SqlQueryRaw<string>("SELECT datcollate AS \"Value\" FROM pg_database WHERE datname = current_database()").FirstAsync(ct);
        return (_ordinalText = collation is "C" or "POSIX" || collation.StartsWith("C.", StringComparison.Ordinal)).Value;
    }

    /// <summary>Members saved on this node by a committed transaction; reloaded by the next search (covers writes that record no event, such as rows seeded straight into the database).</summary>
    public void MarkSaved(IEnumerable<Guid> userIds)
    {
        lock (_savedLocally) _savedLocally.UnionWith(userIds);
    }

    /// <summary>
    /// Applies what was committed up to <paramref name="position"/> (the outbox position the request read when it
    /// was authenticated), or up to now when not given; builds the copy on first use.
    /// </summary>
    public async Task CatchUpAsync(GatehouseDb db, CancellationToken ct, long? position = null)
    {
        var last = position ?? await db.OutboxMessages.MaxAsync(m => (long?)m.Sequence, ct) ?? 0;
        if (Volatile.Read(ref _position) >= last && !HasLocalChanges()) return; // another search may have taken it further
        await _catchUp.WaitAsync(ct);
        try
        {
            // Taken before any row is read, so the reads below see every one of them committed. A member saved here is
            // most often in an event too (an evented write): reloaded once, with the events' members.
            var saved = TakeLocalChanges();
            try
            {
                if (_position < 0) await RebuildAsync(db, last, ct);
                else if (!await ApplyEventsAsync(db, last, saved, ct)) await RebuildAsync(db, last, ct);
            }
            catch
            {
                MarkSaved(saved); // not reloaded (the request went away, the database failed): the next search does it
                throw;
            }
        }
        finally
        {
            _catchUp.Release();
        }
    }

    private bool HasLocalChanges()
    {
        lock (_savedLocally) return _savedLocally.Count > 0;
    }

    private List<Guid> TakeLocalChanges()
    {
        lock (_savedLocally)
        {
            var ids = _savedLocally.ToList();
            _savedLocally.Clear();
            return ids;
        }
    }

    /// <summary>The position is read before the rows, so an event committed in between is applied again (a reload is idempotent).</summary>
    private async Task RebuildAsync(GatehouseDb db, long position, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var all = await MemberSearchEntry.LoadAsync(db, null, ct);
        Replace(all);
        Volatile.Write(ref _position, position);
        LogBuilt(all.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The copy becomes these members, in this order (the writer's side: under the catch-up semaphore, or before any search).</summary>
    internal void Replace(List<MemberSearchEntry> all)
    {
        _entries.Clear();
        _slots.Clear();
        _dirtyChunks.Clear();
        foreach (var e in all) Put(e);
        _dirtyChunks.Clear();
        _merge = null;
        Volatile.Write(ref _snapshot, MemberSearchSnapshot.Build(_entries));
    }

    /// <summary>
    /// Reloads the members of the events up to <paramref name="last"/>, with the members <paramref name="saved"/> on this
    /// node in the first reload. False when events are missing (pruned, or a role was deleted and took its members'
    /// links with it): then rebuild.
    /// </summary>
    private async Task<bool> ApplyEventsAsync(GatehouseDb db, long last, List<Guid> saved, CancellationToken ct)
    {
        var pending = saved;
        while (_position < last)
        {
            var from = _position;
            var batch = await db.OutboxMessages.AsNoTracking().Where(m => m.Sequence > from && m.Sequence <= last).OrderBy(m => m.Sequence)
                .Take(1000).Select(m => new { m.Sequence, m.Type, m.AggregateType, m.AggregateId, m.Payload }).ToListAsync(ct);
            if (batch.Count == 0 || batch[0].Sequence > from + 1 && from > 0 && !await db.OutboxMessages.AnyAsync(m => m.Sequence == from, ct))
                return false;
            var ids = new HashSet<Guid>(pending);
            pending = [];
            foreach (var e in batch)
            {
                if (e.Type == DomainEventTypes.RoleDeleted) return false;
                if (MemberOf(e.AggregateType, e.AggregateId, e.Payload) is { } id) ids.Add(id);
            }
            await ReloadAsync(db, ids, ct);
            Volatile.Write(ref _position, batch[^1].Sequence);
        }
        await ReloadAsync(db, pending, ct);
        return true;
    }

    /// <summary>The member an event is about: a user event's aggregate, or the <c>user_id</c> of another (a sanction's).</summary>
    private static Guid? MemberOf(string aggregateType, string aggregateId, string payload)
    {
        if (aggregateType == AggregateTypes.User) return Guid.TryParse(aggregateId, out var id) ? id : null;
        if (aggregateType == AggregateTypes.Presence || !payload.Contains("\"user_id\"", StringComparison.Ordinal)) return null;
        using var json = JsonDocument.Parse(payload);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("user_id", out var u)
            && u.ValueKind == JsonValueKind.String && Guid.TryParse(u.GetString(), out var member) ? member : null;
    }

    private async Task ReloadAsync(GatehouseDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        Apply(ids, await MemberSearchEntry.LoadAsync(db, ids, ct));
    }

    /// <summary>The members <paramref name="ids"/> become <paramref name="fresh"/> (those missing from it are gone), and a new snapshot is published.</summary>
    internal void Apply(IReadOnlyCollection<Guid> ids, List<MemberSearchEntry> fresh)
    {
        var removed = new List<MemberSearchEntry>(ids.Count);
        foreach (var id in ids)
            if (Remove(id) is { } gone) removed.Add(gone);
        foreach (var e in fresh) Put(e);
        // Only the chunks holding changed slots are rebuilt; the others are shared with the old snapshot.
        Volatile.Write(ref _snapshot, WithMergedNames(_snapshot.With(_entries, _dirtyChunks, removed, fresh)));
        _dirtyChunks.Clear();
    }

    /// <summary>
    /// Takes a finished merge of the username order (with the changes made since carried over), and starts one on the
    /// thread pool when the changes listed apart have piled up: the catch-up, which searches wait on, never merges.
    /// </summary>
    private MemberSearchSnapshot WithMergedNames(MemberSearchSnapshot snapshot)
    {
        if (_merge is { Merged.IsCompleted: true } done)
        {
            _merge = null;
            if (done.Merged.IsCompletedSuccessfully && snapshot.Names.RebasedOn(done.Merged.Result, done.From) is { } rebased)
                snapshot = snapshot.WithNames(rebased);
        }
        if (_merge is null && snapshot.Names.NeedsMerge)
        {
            var from = snapshot.Names;
            _merge = (from, Task.Run(from.Merged));
        }
        return snapshot;
    }

    /// <summary>The merge of the username order under way, if any (tests wait on it).</summary>
    internal Task? MergeUnderWay => _merge?.Merged;

    private void Put(MemberSearchEntry e)
    {
        if (_slots.TryGetValue(e.Id, out var slot)) _entries[slot] = e;
        else
        {
            slot = _entries.Count;
            _slots[e.Id] = slot;
            _entries.Add(e);
        }
        _dirtyChunks.Add(slot / MemberSearchSnapshot.ChunkSize);
    }

    /// <summary>Moves the last entry into the hole, so the list stays dense for the scan. Returns the entry removed.</summary>
    private MemberSearchEntry? Remove(Guid id)
    {
        if (!_slots.Remove(id, out var slot)) return null;
        var removed = _entries[slot];
        var last = _entries[^1];
        _entries.RemoveAt(_entries.Count - 1);
        _dirtyChunks.Add(_entries.Count / MemberSearchSnapshot.ChunkSize);
        if (slot == _entries.Count) return removed;
        _entries[slot] = last;
        _slots[last.Id] = slot;
        _dirtyChunks.Add(slot / MemberSearchSnapshot.ChunkSize);
        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member search index built: {Count} members in {Milliseconds:F0} ms.")]
    private partial void LogBuilt(int count, double milliseconds);
}
