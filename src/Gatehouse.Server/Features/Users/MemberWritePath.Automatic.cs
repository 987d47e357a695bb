using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Changes made by rules (dynamic groups): one role or tag over many members, audited with the rule as the actor.</summary>
public sealed partial class MemberWritePath : IMemberFacts
{
    public async Task<IReadOnlyList<MemberFact>> ListAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => u.DeletedAt == null && !u.IsOwner);
        if (only is not null) query = query.Where(u => only.Contains(u.Id));
        var rows = await query.Select(u => new { u.Id, u.Username, u.CreatedAt, u.LastSeenAt, u.Tags }).ToListAsync(ct);
        var roleQuery = db.Set<UserRole>().AsNoTracking();
        if (only is not null) roleQuery = roleQuery.Where(r => only.Contains(r.UserId));
        var roles = (await roleQuery.Select(r => new { r.UserId, r.RoleId }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.RoleId);
        return [.. rows.Select(u => new MemberFact(u.Id, u.Username, u.CreatedAt, u.LastSeenAt, u.Tags, [.. roles[u.Id]]))];
    }

    public async Task<IReadOnlyList<Guid>> ApplyAutomaticChangeAsync(IReadOnlyCollection<Guid> userIds, AutomaticChange change, CancellationToken ct)
    {
        if (userIds.Count == 0) return [];
        var roles = await RoleDirectory.LoadAsync(db, ct);
        var users = await db.Users.Include(u => u.Roles).Where(u => userIds.Contains(u.Id) && u.DeletedAt == null && !u.IsOwner).ToListAsync(ct);
        var changed = new List<Guid>();
        var actor = new { type = change.ActorType, id = change.ActorId, name = change.ActorName };
        foreach (var u in users)
        {
            var edit = Begin(u, roles);
            if (change.RoleId is { } roleId)
            {
                if (change.Add && u.Roles.All(r => r.RoleId != roleId)) u.Roles.Add(new UserRole { UserId = u.Id, RoleId = roleId, AssignedAt = Now });
                if (!change.Add) u.Roles.RemoveAll(r => r.RoleId == roleId);
            }
            else if (change.Tag is { } tag)
            {
                if (change.Add && !u.Tags.Contains(tag, StringComparer.Ordinal)) u.Tags = [.. u.Tags, tag];
                if (!change.Add && u.Tags.Contains(tag, StringComparer.Ordinal)) u.Tags = [.. u.Tags.Where(t => t != tag)];
            }
            var action = change.RoleId is null ? "user.updated" : "user.roles_changed";
            var after = UserAuditView.Of(u, roles);
            var payload = AuditDiff.Of(edit.Before, after);
            payload["actor"] = System.Text.Json.JsonSerializer.SerializeToNode(actor, Infrastructure.GatehouseJson.Options);
            if (await edit.CommitAsync(new MemberCommit(action, AuditPayload: payload), ct)) changed.Add(u.Id);
        }
        return changed;
    }
}
