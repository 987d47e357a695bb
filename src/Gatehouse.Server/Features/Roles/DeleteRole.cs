using Gatehouse.Server.Features.Audit;
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
        IDomainEvents events, TimeProvider time, CancellationToken ct, string? reassign = null)
    {
        var roles = await access.RolesAsync(ct);
        await db.WriteAsync(async c =>
        {
            var r = await UpdateRole.LoadForWriteAsync(db, id, http, c);
            if (r.IsSystem) throw new RuleViolation(409, "system-role", Messages.Get("role.system", r.Name));
            if (Hierarchy.CanManageRole(actor, r) is { } denied) throw Hierarchy.Denied(denied);
            var holdersBefore = await AdministratorGuard.CountHoldersAsync(db, c);

            var holders = await db.UserRoles.Where(ur => ur.RoleId == id).ToListAsync(c);
            Role? target = null;
            if (holders.Count > 0)
            {
                if (reassign is null) throw new RuleViolation(409, "role-in-use", Messages.Get("role.in_use", holders.Count));
                target = roles.Resolve(reassign);
                if (target is null || target.Id == id) throw new RuleViolation(400, "unknown-role", Messages.Get("role.unknown", reassign));
                if (Hierarchy.CanAssign(actor, target) is { } reason) throw Hierarchy.Denied(reason);
                var alreadyThere = await db.UserRoles.Where(ur => ur.RoleId == target.Id).Select(ur => ur.UserId).ToHashSetAsync(c);
                var now = time.GetUtcNow().UtcDateTime;
                foreach (var h in holders.Where(h => !alreadyThere.Contains(h.UserId)))
                    db.UserRoles.Add(new Users.UserRole { UserId = h.UserId, RoleId = target.Id, AssignedAt = now });
                db.UserRoles.RemoveRange(holders);
            }

            // Other roles that inherited this one stop doing so.
            foreach (var heir in await db.Roles.Where(x => x.Id != id).ToListAsync(c))
                if (heir.Inherits.Remove(id)) heir.Version++;

            db.Roles.Remove(r);
            audit.Record(new AuditRecord("role.deleted", "role", id.ToString(),
                new { before = RoleSnapshot.Of(r), reassigned_to = target?.Name, members_moved = holders.Count }));
            events.Record(DomainEventTypes.RoleDeleted, AggregateTypes.Role, id.ToString(), r.Version + 1,
                new { role = RoleSnapshot.Of(r), reassigned_to = target?.Id });
            await AdministratorGuard.EnsureNotLastAsync(db, holdersBefore, c);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
