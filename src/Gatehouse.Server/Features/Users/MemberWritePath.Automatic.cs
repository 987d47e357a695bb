using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Changes made by rules (dynamic groups): one role or tag over many members, audited with the rule as the actor.</summary>
public sealed partial class MemberWritePath : IMemberFacts
{
    public Task<IReadOnlyList<MemberFact>> ListAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct) => ListAsync(new MemberSelection(only), ct);

    public async Task<IReadOnlyList<MemberFact>> ListAsync(MemberSelection selection, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => u.DeletedAt == null && !u.IsOwner);
        if (selection.Only is { } only)
        {
            var ids = only.ToArray(); // an array maps to a parameter on both providers, whatever collection the caller holds
            query = query.Where(u => ids.Contains(u.Id));
        }
        if (selection.Filter is { } filter) query = query.Where(MemberConditions.ToExpression(filter, selection.Plus));
        var rows = await query.Select(u => new { u.Id, u.Username, u.CreatedAt, u.LastSeenAt, u.Tags, Roles = u.Roles.Select(r => r.RoleId).ToList() })
            .ToListAsync(ct);
        return [.. rows.Select(u => new MemberFact(u.Id, u.Username, u.CreatedAt, u.LastSeenAt, u.Tags, u.Roles))];
    }

    public Task<int> CountAsync(CancellationToken ct) => db.Users.CountAsync(u => u.DeletedAt == null && !u.IsOwner, ct);

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
            Change(u, change, Now);
            var action = change.RoleId is null ? "user.updated" : "user.roles_changed";
            var after = UserAuditView.Of(u, roles);
            var payload = AuditDiff.Of(edit.Before, after);
            payload["actor"] = System.Text.Json.JsonSerializer.SerializeToNode(actor, Infrastructure.GatehouseJson.Options);
            if (await edit.CommitAsync(new MemberCommit(action, AuditPayload: payload), ct)) changed.Add(u.Id);
        }
        return changed;
    }
}
