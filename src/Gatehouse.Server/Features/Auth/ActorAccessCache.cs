using System.Collections.Concurrent;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// This node's copy of what the permission rule computes per member, so an authenticated request reads
/// one row (the session, joined with what tells the copy is current) instead of the member, their roles and every role each time.
/// The rule "a permission change applies to the very next request" holds on every node because each
/// request checks the copy against the database before using it:
/// <list type="bullet">
/// <item>the member's version, read fresh: every change to a member (roles, overrides, ban, disable,
/// deletion, owner) bumps it in the same transaction;</item>
/// <item>the roles: the outbox's last sequence, read fresh; when it moved, the events in between are
/// looked at for a role event (every role change records one in its transaction, in commit order),
/// and any makes the roles and every member's copy be reloaded.</item>
/// </list>
/// The session (revoked, stepped up) and the two-factor enrolment are never cached: they come with the version.
/// </summary>
public sealed class ActorAccessCache(OutboxTail tail)
{
    /// <summary>Beyond this many members the copy starts over, so it stays a few MB whatever the community's size.</summary>
    private const int MaxMembers = 20_000;

    private readonly ConcurrentDictionary<Guid, Cached> _members = new();
    private readonly SemaphoreSlim _rolesLoad = new(1, 1);
    private Directory? _roles;
    private long _checkedTo = -1;
    private long _rolesChangedAt;

    private sealed record Directory(RoleDirectory Roles, long LoadedAt)
    {
        /// <summary>
        /// The rule's answer per distinct set of inputs (owner, roles, overrides), shared by the members who have
        /// the same: most of a community holds the same role or two and no override, and a copy per member
        /// was ~2 KB (the decisions the explainer reads), kept for each of thousands of gateway connections.
        /// </summary>
        private readonly ConcurrentDictionary<string, (UserAccess Access, IReadOnlyList<string> Granted)> _shared = new(StringComparer.Ordinal);

        public (UserAccess Access, IReadOnlyList<string> Granted) AccessOf(MemberAccount account)
        {
            var key = SubjectKey(account);
            if (_shared.TryGetValue(key, out var shared)) return (shared.Access with { User = account }, shared.Granted);
            var access = AccessService.Compute(account, Roles.Grants);
            var computed = (access, access.Granted);
            if (_shared.Count < MaxShared) _shared.TryAdd(key, computed);
            return computed;
        }

        private static string SubjectKey(MemberAccount a) =>
            $"{(a.IsOwner ? 1 : 0)}|{string.Join(',', a.RoleIds.Order())}|{string.Join(',', a.AllowOverrides)}|{string.Join(',', a.DenyOverrides)}";
    }

    /// <summary>Distinct sets of inputs kept per role directory; beyond, a member's answer is computed and not shared.</summary>
    private const int MaxShared = 10_000;

    private sealed record Cached(int Version, Directory Roles, UserAccess Access, ActorIdentity Identity, IReadOnlyList<string> Granted);

    /// <summary>What a request needs of its actor: the access the rule computes and what the current actor keeps of it.</summary>
    public sealed record ActorAccess(UserAccess Access, ActorIdentity Identity, IReadOnlyList<string> Granted, RoleDirectory Roles);

    /// <summary>
    /// The member's access at <paramref name="version"/>, with the roles as of outbox position <paramref name="outbox"/>
    /// (both read by the caller before this); null when the member no longer exists. <paramref name="keep"/>: whether a
    /// member read now is kept for their next requests. A hub connection's handshake passes false: a site's member
    /// connects to the gateway once and makes no other request, and their copy (~0.35 KB) would be kept as long as
    /// they stay online, thousands of them, for nothing.
    /// </summary>
    public async Task<ActorAccess?> GetAsync(GatehouseDb db, Guid userId, int version, long outbox, CancellationToken ct, bool keep = true)
    {
        var roles = await RolesAsync(db, outbox, ct);
        if (_members.TryGetValue(userId, out var hit) && hit.Version == version && ReferenceEquals(hit.Roles, roles))
            return new(hit.Access, hit.Identity, hit.Granted, roles.Roles);
        var account = await MemberAccounts.FindAsync(db, userId, ct);
        if (account is null)
        {
            _members.TryRemove(userId, out _);
            return null;
        }
        var (access, granted) = roles.AccessOf(account);
        if (!keep) return new(access, access.Identity, granted, roles.Roles);
        var cached = new Cached(account.Version, roles, access, access.Identity, granted);
        if (_members.Count >= MaxMembers) _members.Clear();
        _members[userId] = cached;
        return new(access, cached.Identity, cached.Granted, roles.Roles);
    }

    /// <summary>Whether this node keeps a copy of the member's access (for tests).</summary>
    internal bool Holds(Guid userId) => _members.ContainsKey(userId);

    /// <summary>
    /// The roles as of <paramref name="outbox"/> or later. Role events between the last position checked and
    /// this one are looked for first; the position is read before the roles, so a role changed in between is
    /// only reloaded again by a later request, never missed.
    /// </summary>
    private async Task<Directory> RolesAsync(GatehouseDb db, long outbox, CancellationToken ct)
    {
        var from = Volatile.Read(ref _checkedTo);
        if (from < outbox)
        {
            // Nothing checked yet: only roles read after this position will do.
            if (from < 0) Monotonic.Raise(ref _rolesChangedAt, outbox);
            else if (await RoleChangedAsync(db, tail, from, outbox, ct) is { } changedAt) Monotonic.Raise(ref _rolesChangedAt, changedAt);
            Monotonic.Raise(ref _checkedTo, outbox);
        }
        var roles = Volatile.Read(ref _roles);
        if (roles is not null && roles.LoadedAt >= Volatile.Read(ref _rolesChangedAt)) return roles;
        await _rolesLoad.WaitAsync(ct);
        try
        {
            roles = _roles;
            if (roles is not null && roles.LoadedAt >= Volatile.Read(ref _rolesChangedAt)) return roles;
            roles = new Directory(await RoleDirectory.LoadAsync(db, ct), outbox);
            Volatile.Write(ref _roles, roles);
            return roles;
        }
        finally
        {
            _rolesLoad.Release();
        }
    }

    /// <summary>
    /// The sequence of the last role event in (<paramref name="from"/>, <paramref name="to"/>], or
    /// <paramref name="to"/> when the events from there were pruned before this node read them (assume a change).
    /// The events the dispatcher has just read for the subscribers usually cover the range: then no query.
    /// </summary>
    private static async Task<long?> RoleChangedAsync(GatehouseDb db, OutboxTail tail, long from, long to, CancellationToken ct)
    {
        if (tail.TryFindLast(from, to, AggregateTypes.Role, out var last)) return last;
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Sequence >= from && m.Sequence <= to && (m.Sequence == from || m.AggregateType == AggregateTypes.Role))
            .Select(m => m.Sequence).ToListAsync(ct);
        if (from > 0 && !rows.Contains(from)) return to;
        return rows.Where(s => s != from).Select(s => (long?)s).Max();
    }
}
