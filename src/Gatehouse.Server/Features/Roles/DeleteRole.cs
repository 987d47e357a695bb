using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class DeleteRole
{
    /// <summary>Deletes a role. Built-in roles cannot be deleted; a role still held needs <c>?reassign=</c> (id or name).</summary>
    public static async Task<NoContent> Handle(
        Guid id, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit,
        IDomainEvents events, IMemberWrites members, TimeProvider time, CancellationToken ct, string? reassign = null)
    {
        var roles = await access.RolesAsync(ct);
        await db.WriteAsync(async c =>
        {
            var r = await UpdateRole.LoadForWriteAsync(db, id, http, c);
            if (r.IsSystem) throw new RuleViolation(409, "system-role", Messages.Get("role.system", r.Name));
            if (Hierarchy.CanManageRole(actor, r) is { } denied) throw Hierarchy.Denied(denied);
            var now = time.GetUtcNow().UtcDateTime;
            var guard = await AdministratorGuard.AnyHolderAsync(db, now, c);

            var held = await members.CountRoleHoldersAsync(id, c);
            RoleGrant? target = null;
            if (held > 0)
            {
                if (reassign is null) throw new RuleViolation(409, "role-in-use", Messages.Get("role.in_use", held));
                target = roles.Resolve(reassign);
                if (target is null || target.Id == id) throw new RuleViolation(400, "unknown-role", Messages.Get("role.unknown", reassign));
                if (Hierarchy.CanAssign(actor, target) is { } reason) throw Hierarchy.Denied(reason);
                // Each moved member changes through the member write path: version, audit entry, event.
                await members.MoveRoleHoldersAsync(id, target.Id, c);
            }

            // Other roles that inherited this one stop doing so: a new version of each.
            foreach (var heir in await db.Roles.Where(x => x.Id != id).ToListAsync(c))
            {
                var before = RoleSnapshot.Of(heir);
                if (heir.Inherits.Remove(id)) RoleRules.RecordVersion(db, audit, events, heir, before, "updated", actor.UserId, now);
            }

            db.Roles.Remove(r);
            audit.Record(new AuditRecord("role.deleted", "role", id.ToString(),
                new { before = RoleSnapshot.Of(r), reassigned_to = target?.Name, members_moved = held }));
            events.Record(DomainEventTypes.RoleDeleted, AggregateTypes.Role, id.ToString(), r.Version + 1,
                new { role = RoleSnapshot.Of(r), reassigned_to = target?.Id });
            if (guard) await AdministratorGuard.EnsureStillHeldAsync(db, now, c);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
