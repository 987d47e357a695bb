using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

/// <summary>Validation and checks shared by every role write (create, edit, rollback, reorder).</summary>
public static class RoleRules
{
    public static void ValidateFields(Validator v, string? name, string? description, string? color, string? icon, int? priority,
        IReadOnlyList<string>? allow, IReadOnlyList<string>? deny, bool nameRequired)
    {
        if (nameRequired) v.Required("name", name);
        if (name is not null && name.Trim().Length is 0 or > 64) v.Add("name", Messages.Get("too_long", 64));
        v.MaxLength("description", description, 500).Color("color", color).MaxLength("icon", icon, 256);
        if (priority is < 0 or > 1000) v.Add("priority", Messages.Get("priority.range"));
        foreach (var p in allow ?? []) if (!Permissions.IsValidGrant(p)) v.Add("permissions", Messages.Get("permission.unknown", p));
        foreach (var p in deny ?? []) if (!Permissions.IsValidGrant(p)) v.Add("denied_permissions", Messages.Get("permission.unknown", p));
    }

    public static List<Guid> ResolveInherits(RoleDirectory roles, IReadOnlyList<string>? refs, Validator v)
    {
        var ids = new List<Guid>();
        foreach (var r in refs ?? [])
        {
            var role = roles.Resolve(r);
            if (role is null) v.Add("inherits", Messages.Get("role.unknown", r));
            else if (!ids.Contains(role.Id)) ids.Add(role.Id);
        }
        return ids;
    }

    /// <summary>Refuses an inheritance graph with a cycle once <paramref name="roleId"/> inherits <paramref name="inherits"/>.</summary>
    public static void EnsureNoCycle(RoleDirectory roles, Guid roleId, IReadOnlyList<Guid> inherits)
    {
        var edges = roles.Grants.ToDictionary(r => r.Key, r => r.Value.Inherits);
        edges[roleId] = inherits;
        var path = new List<Guid>();
        bool Visit(Guid id, HashSet<Guid> onPath)
        {
            if (!onPath.Add(id)) { path.Add(id); return true; }
            path.Add(id);
            foreach (var next in edges.GetValueOrDefault(id) ?? [])
                if (Visit(next, onPath)) return true;
            onPath.Remove(id);
            path.RemoveAt(path.Count - 1);
            return false;
        }
        if (Visit(roleId, []))
        {
            var names = path.Select(id => roles.ById.TryGetValue(id, out var r) ? r.Name : "(new role)");
            throw new RuleViolation(400, "role-cycle", Messages.Get("role.cycle", string.Join(" → ", names)));
        }
    }

    /// <summary>The actor must hold everything the role would newly grant, directly or through inheritance.</summary>
    public static void EnsureActorMayGrant(CurrentActor actor, RoleDirectory roles, IEnumerable<string> newAllows, IEnumerable<Guid> newInherits)
    {
        var inherited = PermissionEvaluator.ExpandRoles(newInherits, roles.Grants).SelectMany(r => r.Allow);
        if (Hierarchy.CanGrant(actor, newAllows.Concat(inherited)) is { } reason) throw Hierarchy.Denied(reason);
    }

    public static async Task EnsureNameFreeAsync(GatehouseDb db, string name, Guid? except, CancellationToken ct)
    {
        var n = Role.Normalize(name);
        if (await db.Roles.AnyAsync(r => r.NameNormalized == n && r.Id != except, ct))
            throw new RuleViolation(409, "duplicate", Messages.Get("duplicate", "name"));
    }

    /// <summary>Bumps the version, stores the snapshot and audits the change (unless the caller audits it as part of a larger action), in the caller's transaction.</summary>
    public static void RecordVersion(GatehouseDb db, IAuditLog? audit, IDomainEvents events, Role role, RoleSnapshot? before, string change, Guid? actorId, DateTime now)
    {
        if (before is not null) role.Version++;
        role.UpdatedAt = now;
        var after = RoleSnapshot.Of(role);
        db.RoleVersions.Add(new RoleVersion
        {
            RoleId = role.Id,
            Version = role.Version,
            Change = change,
            Snapshot = after.ToJson(),
            ActorUserId = actorId,
            CreatedAt = now,
        });
        audit?.Record(new AuditRecord($"role.{change}", "role", role.Id.ToString(),
            before is null ? new { after } : AuditDiff.Of(before, after)));
        var type = change switch
        {
            "created" => DomainEventTypes.RoleCreated,
            "reordered" => DomainEventTypes.RoleReordered,
            _ => DomainEventTypes.RoleUpdated,
        };
        events.Record(type, AggregateTypes.Role, role.Id.ToString(), role.Version, new { change, role = after });
    }
}
