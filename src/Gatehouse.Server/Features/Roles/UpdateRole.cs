using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Roles;

public static class UpdateRole
{
    /// <summary>Fields to change; absent fields stay as they are. Honours If-Match.</summary>
    public sealed record Request(
        string? Name = null, string? Description = null, int? Priority = null, IReadOnlyList<string>? Permissions = null,
        IReadOnlyList<string>? DeniedPermissions = null, IReadOnlyList<string>? Inherits = null, string? Color = null,
        string? Icon = null, bool? Hoist = null);

    public static async Task<Results<Ok<RoleResponse>, ValidationProblem>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit,
        IDomainEvents events, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = new Validator();
        RoleRules.ValidateFields(v, request.Name, request.Description, request.Color, request.Icon, request.Priority,
            request.Permissions, request.DeniedPermissions, nameRequired: false);
        var inherits = request.Inherits is null ? null : RoleRules.ResolveInherits(roles, request.Inherits, v);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var role = await db.WriteAsync(async c =>
        {
            var r = await LoadForWriteAsync(db, id, http, c);
            if (Hierarchy.CanManageRole(actor, r, request.Priority) is { } denied) throw Hierarchy.Denied(denied);
            if (request.Name is not null && r.IsSystem && Role.Normalize(request.Name) != r.NameNormalized)
                throw new RuleViolation(409, "system-role", Messages.Get("role.system", r.Name));
            var before = RoleSnapshot.Of(r);
            var after = before with
            {
                Name = request.Name?.Trim() ?? before.Name,
                Description = request.Description ?? before.Description,
                Color = request.Color ?? before.Color,
                Icon = request.Icon ?? before.Icon,
                Priority = request.Priority ?? before.Priority,
                Allow = request.Permissions is null ? before.Allow : [.. request.Permissions.Distinct()],
                Deny = request.DeniedPermissions is null ? before.Deny : [.. request.DeniedPermissions.Distinct()],
                Inherits = inherits ?? before.Inherits,
                Hoist = request.Hoist ?? before.Hoist,
            };
            await ApplyAsync(db, audit, events, actor, roles, r, before, after, "updated", time.GetUtcNow().UtcDateTime, c);
            return r;
        }, ct);

        Preconditions.SetETag(http, role.Version);
        return TypedResults.Ok(RoleResponse.Of(role, await RoleHolders.CountAsync(db, id, includeDeleted: true, ct)));
    }

    internal static async Task<Role> LoadForWriteAsync(GatehouseDb db, Guid id, HttpContext http, CancellationToken ct)
    {
        var r = await db.Roles.FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "role"));
        if (Preconditions.CheckIfMatch(http, r.Version, "role") is not null)
            throw new RuleViolation(412, "precondition-failed", Messages.Get("precondition_failed", "role", r.Version));
        return r;
    }

    /// <summary>Applies a new state to a role after every rule of a role edit; shared by edit and rollback.</summary>
    internal static async Task ApplyAsync(GatehouseDb db, IAuditLog audit, IDomainEvents events, CurrentActor actor, RoleDirectory roles, Role r,
        RoleSnapshot before, RoleSnapshot after, string change, DateTime now, CancellationToken ct)
    {
        if (after.SameAs(before)) return;
        if (Hierarchy.GrantsAdministrator(before.Allow) || Hierarchy.GrantsAdministrator(after.Allow)) actor.EnsureSteppedUp();
        if (after.Priority >= actor.Rank) throw Hierarchy.Denied(Messages.Get("hierarchy.role", r.Name));
        RoleRules.EnsureActorMayGrant(actor, roles, after.Allow.Except(before.Allow), after.Inherits.Except(before.Inherits));
        RoleRules.EnsureNoCycle(roles, r.Id, after.Inherits);
        if (Role.Normalize(after.Name) != r.NameNormalized) await RoleRules.EnsureNameFreeAsync(db, after.Name, r.Id, ct);
        // Only a change of grants, denials, inheritance or priority can move administrator.
        var guard = !after.SameAccessAs(before) && await AdministratorGuard.AnyHolderAsync(db, now, ct);
        after.ApplyTo(r);
        RoleRules.RecordVersion(db, audit, events, r, before, change, actor.UserId, now);
        if (guard) await AdministratorGuard.EnsureStillHeldAsync(db, now, ct);
    }
}
