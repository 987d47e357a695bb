using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>
/// Rule changes over a chunk of members in a handful of statements instead of a tracked entity per member:
/// the write path's guarantees (version, audit entry, event per member; no-ops untouched) kept, the cost not.
/// </summary>
public sealed partial class MemberWritePath
{
    private sealed record Planned(User User, int OldVersion, UserAuditView Before, UserAuditView After);

    public async Task<IReadOnlyList<Guid>> ApplyAutomaticChangesAsync(AutomaticChangeBatch batch, CancellationToken ct)
    {
        var change = batch.Change;
        if (batch.UserIds.Count == 0) return [];
        var ids = batch.UserIds.Distinct().ToList();
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var users = await db.Users.AsNoTracking().Include(u => u.Roles)
            .Where(u => ids.Contains(u.Id) && u.DeletedAt == null && !u.IsOwner).ToListAsync(ct);
        var now = Now;
        var planned = new List<Planned>(users.Count);
        foreach (var u in users)
        {
            var before = UserAuditView.Of(u, roles);
            var heldAdministrator = AdministratorGuard.Holds(u.ToAccount(), roles, now);
            var version = u.Version;
            Change(u, change, now);
            var after = UserAuditView.Of(u, roles);
            if (after == before) continue;
            // Rare (a role whose deny outranks someone's administrator): the member-by-member path checks the last holder.
            if (heldAdministrator && !AdministratorGuard.Holds(u.ToAccount(), roles, now)) return await ApplyAutomaticChangeAsync(ids, change, ct);
            u.Version = version + 1;
            planned.Add(new Planned(u, version, before, after));
        }
        if (planned.Count == 0) return [];

        await BumpVersionsAsync(planned, change, now, ct);
        if (change.RoleId is { } roleId)
        {
            var changedIds = planned.Select(p => p.User.Id).ToList();
            if (change.Add) db.Set<UserRole>().AddRange(changedIds.Select(id => new UserRole { UserId = id, RoleId = roleId, AssignedAt = now }));
            else await db.Set<UserRole>().Where(r => r.RoleId == roleId && changedIds.Contains(r.UserId)).ExecuteDeleteAsync(ct);
        }

        var actor = JsonSerializer.SerializeToNode(new { type = change.ActorType, id = change.ActorId, name = change.ActorName }, GatehouseJson.Options);
        var action = change.RoleId is null ? "user.updated" : "user.roles_changed";
        foreach (var p in planned)
        {
            var id = p.User.Id.ToString();
            var payload = AuditDiff.Of(p.Before, p.After);
            payload["actor"] = actor?.DeepClone();
            audit.Record(new AuditRecord(action, "user", id, payload));
            if (change.RoleId is null) MemberEventPayloads.RecordUpdate(events, p.User, p.Before, p.After, passwordChanged: false);
            else events.Record(DomainEventTypes.UserRolesChanged, AggregateTypes.User, id, p.User.Version, MemberEventPayloads.RolesChanged(p.Before, p.After));
        }
        return [.. planned.Select(p => p.User.Id)];
    }

    /// <summary>The detached copy takes the change, so the audit view after it can be compared by value.</summary>
    private static void Change(User u, AutomaticChange change, DateTime now)
    {
        if (change.RoleId is { } roleId)
        {
            if (change.Add && u.Roles.All(r => r.RoleId != roleId)) u.Roles.Add(new UserRole { UserId = u.Id, RoleId = roleId, AssignedAt = now });
            if (!change.Add) u.Roles.RemoveAll(r => r.RoleId == roleId);
        }
        else if (change.Tag is { } tag)
        {
            if (change.Add && !u.Tags.Contains(tag, StringComparer.Ordinal)) u.Tags = [.. u.Tags, tag];
            if (!change.Add && u.Tags.Contains(tag, StringComparer.Ordinal)) u.Tags = [.. u.Tags.Where(t => t != tag)];
        }
    }

    /// <summary>
    /// One UPDATE per group of members that had the same version (and, for a tag, the same tags): the
    /// version condition makes it optimistic, so a member changed since the read fails the whole batch.
    /// </summary>
    private async Task BumpVersionsAsync(List<Planned> planned, AutomaticChange change, DateTime now, CancellationToken ct)
    {
        var groups = planned.GroupBy(p => (p.OldVersion, Tags: change.Tag is null ? "" : string.Join('\n', p.User.Tags)));
        foreach (var group in groups)
        {
            var groupIds = group.Select(p => p.User.Id).ToList();
            var version = group.Key.OldVersion;
            var rows = db.Users.Where(u => groupIds.Contains(u.Id) && u.Version == version);
            var tags = group.First().User.Tags;
            var updated = change.Tag is null
                ? await rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.Version, version + 1).SetProperty(u => u.UpdatedAt, now), ct)
                : await rows.ExecuteUpdateAsync(s => s.SetProperty(u => u.Version, version + 1).SetProperty(u => u.UpdatedAt, now).SetProperty(u => u.Tags, tags), ct);
            if (updated != groupIds.Count)
                throw new DbUpdateConcurrencyException($"{groupIds.Count - updated} member(s) changed while a rule was changing them; the batch is rolled back.");
        }
    }
}
