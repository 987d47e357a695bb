using System.Collections.Immutable;
using System.Text.Json;
using Gatehouse.Server.Features.Moderation.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary>
/// This node's copy of the mutes in force, so the gateway's <c>setStatus</c> and <c>setActivity</c> with a message
/// ask memory instead of the database (that query was most of a status change's latency at p50). Loaded at start,
/// kept by the sanction events of every commit, read only while current: once it has applied every event this
/// node committed (<see cref="OutboxSealer.LastCommittedHere"/>). Behind that, and always in cluster mode (another
/// node's commits reach this one late), <see cref="MemberSanctions"/> asks the database as before. Expiry needs no
/// event: a mute past its end is not in force, as in the query. See docs/adr/muted-members-copy.md.
/// </summary>
public sealed class MutedMembers(OutboxSealer sealer) : IDomainEventSubscriber
{
    /// <summary>One mute of a member, in commit order (the newest in force is the one the member is told about).</summary>
    private sealed record Mute(Guid SanctionId, string Reason, DateTime? Until);

    private readonly Lock _lock = new();
    private ImmutableDictionary<Guid, ImmutableList<Mute>> _mutes = ImmutableDictionary<Guid, ImmutableList<Mute>>.Empty;
    // The outbox sequence the copy reflects; -1 until loaded (never current then).
    private long _position = -1;

    public string Name => "moderation.muted_members";

    /// <summary>Whether the copy may answer: loaded, and caught up with this node's own commits.</summary>
    public bool IsCurrent
    {
        get
        {
            var position = Volatile.Read(ref _position);
            return position >= 0 && position >= sealer.LastCommittedHere;
        }
    }

    /// <summary>
    /// The member's newest mute in force at <paramref name="now"/> (null: none), when the copy is current;
    /// false when the caller must ask the database.
    /// </summary>
    public bool TryFind(Guid userId, DateTime now, out ActiveSanction? mute)
    {
        mute = null;
        if (!IsCurrent) return false;
        if (Volatile.Read(ref _mutes).TryGetValue(userId, out var list))
            for (var i = list.Count - 1; i >= 0; i--)
                if (list[i].Until is not { } until || until > now)
                {
                    mute = new ActiveSanction(SanctionKinds.Mute, list[i].Reason, list[i].Until, list[i].SanctionId);
                    break;
                }
        return true;
    }

    /// <summary>Whether the copy holds a mute of the member, current or not (for tests).</summary>
    internal bool Holds(Guid userId) => Volatile.Read(ref _mutes).ContainsKey(userId);

    /// <summary>
    /// Reads the mutes not ended (start-up, before any event is delivered). The position is read first, so an event
    /// committed in between is applied again, which changes nothing: applying and ending are idempotent.
    /// </summary>
    public async Task LoadAsync(GatehouseDb db, CancellationToken ct)
    {
        var position = await db.OutboxMessages.MaxAsync(m => (long?)m.Sequence, ct) ?? 0;
        var rows = await db.Set<Sanction>().AsNoTracking()
            .Where(s => s.Kind == SanctionKinds.Mute && s.EndedAt == null)
            .OrderBy(s => s.CreatedAt)
            .Select(s => new { s.UserId, s.Id, s.Reason, s.ExpiresAt })
            .ToListAsync(ct);
        var mutes = rows.GroupBy(r => r.UserId)
            .ToImmutableDictionary(g => g.Key, g => g.Select(r => new Mute(r.Id, r.Reason, r.ExpiresAt)).ToImmutableList());
        lock (_lock)
        {
            Volatile.Write(ref _mutes, mutes);
            Volatile.Write(ref _position, position);
        }
    }

    public ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        lock (_lock)
        {
            // Not loaded yet, or already part of what was loaded.
            if (_position < 0 || evt.Sequence <= _position) return ValueTask.CompletedTask;
            if (evt.Type is DomainEventTypes.SanctionApplied or DomainEventTypes.SanctionLifted
                && evt.Payload.GetProperty("kind").GetString() == SanctionKinds.Mute)
                Volatile.Write(ref _mutes, Apply(_mutes, evt));
            Volatile.Write(ref _position, evt.Sequence);
        }
        return ValueTask.CompletedTask;
    }

    private static ImmutableDictionary<Guid, ImmutableList<Mute>> Apply(ImmutableDictionary<Guid, ImmutableList<Mute>> mutes, DomainEvent evt)
    {
        var p = evt.Payload;
        var userId = p.GetProperty("user_id").GetGuid();
        var sanctionId = p.GetProperty("sanction_id").GetGuid();
        var list = mutes.GetValueOrDefault(userId, []).RemoveAll(m => m.SanctionId == sanctionId);
        if (evt.Type == DomainEventTypes.SanctionApplied)
        {
            var until = p.TryGetProperty("expires_at", out var x) && x.ValueKind == JsonValueKind.String ? x.GetDateTime() : (DateTime?)null;
            list = list.Add(new Mute(sanctionId, p.GetProperty("reason").GetString()!, until));
        }
        return list.IsEmpty ? mutes.Remove(userId) : mutes.SetItem(userId, list);
    }
}
