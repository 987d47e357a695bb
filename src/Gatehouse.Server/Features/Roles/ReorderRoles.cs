using Gatehouse.Server.Features.Users.Contracts;
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
    /// <summary>
    /// Roles (ids or names) in their new order, highest first. Only the roles that must move to reach this order get a new
    /// priority, placed between their new neighbours; the others keep theirs (see docs/adr/role-order.md).
    /// </summary>
    public sealed record Request(IReadOnlyList<string>? RoleIds);

    public static async Task<Results<Ok<List<RoleResponse>>, ValidationProblem>> Handle(
        Request request, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit, IDomainEvents events, TimeProvider time,
        IRoleHolderCounts holders, CancellationToken ct)
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
            var roles = await db.Roles.ToListAsync(c);
            foreach (var r in roles.Where(r => listed.Contains(r.Id)))
                if (Hierarchy.CanManageRole(actor, r) is { } denied) throw Hierarchy.Denied(denied);
            var plan = RoleOrder.Compute([.. roles.Select(r => new RoleOrder.Slot(r.Id, r.Priority))], listed, Math.Min(actor.Rank, 1001))
                ?? throw new RuleViolation(409, "role-order-full", Messages.Get("role.order_full"));
            if (plan.Priorities.Count == 0) return true;

            var now = time.GetUtcNow().UtcDateTime;
            var guard = await AdministratorGuard.AnyHolderAsync(db, now, c);
            var before = roles.ToDictionary(r => r.Id, r => r.Priority);
            foreach (var (id, priority) in plan.Priorities)
            {
                var role = roles.First(r => r.Id == id);
                var snapshot = RoleSnapshot.Of(role);
                role.Priority = priority;
                RoleRules.RecordVersion(db, audit: null, events, role, snapshot, "reordered", actor.UserId, now);
            }
            audit.Record(AuditEntryFor(roles, before, plan));
            if (guard) await AdministratorGuard.EnsureStillHeldAsync(db, now, c);
            return true;
        }, ct);

        return TypedResults.Ok((await ListRoles.Handle(db, holders, ct)).Value!);
    }

    /// <summary>One entry for the whole reorder, naming the moved role and its new neighbours ("moved Event Hosts above Staff").</summary>
    private static AuditRecord AuditEntryFor(List<Role> roles, Dictionary<Guid, int> before, RoleOrder.Plan plan)
    {
        var ordered = roles.OrderByDescending(r => r.Priority).ThenBy(r => r.NameNormalized).ToList();
        var subject = ordered.First(r => r.Id == (plan.Moved.Count > 0 ? plan.Moved[0] : plan.Priorities.Keys.First()));
        var at = ordered.IndexOf(subject);
        var changes = plan.Priorities.Select(p =>
        {
            var r = roles.First(x => x.Id == p.Key);
            return new { role_id = r.Id, name = r.Name, before = before[r.Id], after = p.Value, pushed = plan.Pushed.Contains(r.Id) };
        }).ToList();
        return new AuditRecord("role.reordered", "role", subject.Id.ToString(), new
        {
            role = subject.Name,
            above = at + 1 < ordered.Count ? ordered[at + 1].Name : null,
            below = at > 0 ? ordered[at - 1].Name : null,
            changes,
        });
    }
}
