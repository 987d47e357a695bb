using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class ReorderRoles
{
    /// <summary>Roles (ids or names) in their new order, highest first. They swap their existing priorities among themselves.</summary>
    public sealed record Request(IReadOnlyList<string>? RoleIds);

    public static async Task<Results<Ok<List<RoleResponse>>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit, IDomainEvents events, TimeProvider time, CancellationToken ct)
    {
        var directory = await access.RolesAsync(ct);
        var v = new Validator();
        var listed = new List<Guid>();
        foreach (var reference in request.RoleIds ?? [])
        {
            var role = directory.Resolve(reference);
            if (role is null) v.Add("role_ids", Messages.Get("role.unknown", reference));
            else if (listed.Contains(role.Id)) v.Add("role_ids", Messages.Get("role.order"));
            else listed.Add(role.Id);
        }
        if (listed.Count < 2) v.Add("role_ids", Messages.Get("role.order"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        await db.WriteAsync(async c =>
        {
            var roles = await db.Roles.Where(r => listed.Contains(r.Id)).ToListAsync(c);
            foreach (var r in roles)
                if (Hierarchy.CanManageRole(actor, r) is { } denied) throw Hierarchy.Denied(denied);
            // Reusing the same priorities keeps every moved role below the actor and leaves other roles' ranks untouched.
            var priorities = roles.Select(r => r.Priority).OrderDescending().ToList();
            var now = time.GetUtcNow().UtcDateTime;
            var guard = await AdministratorGuard.AnyHolderAsync(db, now, c);
            var moved = false;
            for (var i = 0; i < listed.Count; i++)
            {
                var role = roles.First(r => r.Id == listed[i]);
                if (role.Priority == priorities[i]) continue;
                var before = RoleSnapshot.Of(role);
                role.Priority = priorities[i];
                moved = true;
                RoleRules.RecordVersion(db, audit, events, role, before, "reordered", actor.UserId, now);
            }
            if (guard && moved) await AdministratorGuard.EnsureStillHeldAsync(db, now, c);
            return true;
        }, ct);

        return TypedResults.Ok((await ListRoles.Handle(db, ct)).Value!);
    }
}
