using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Roles;

public static class CreateRole
{
    /// <summary>A new role.</summary>
    /// <param name="Permissions">Allowed permissions (catalogue names or wildcards like <c>users.*</c>).</param>
    /// <param name="DeniedPermissions">Denied permissions; at equal priority deny beats allow.</param>
    /// <param name="Inherits">Roles (ids or names) whose permissions this role also carries.</param>
    /// <param name="Hoist">Shown as its own group in member lists.</param>
    public sealed record Request(
        string? Name, string? Description = null, int? Priority = null, IReadOnlyList<string>? Permissions = null,
        IReadOnlyList<string>? DeniedPermissions = null, IReadOnlyList<string>? Inherits = null, string? Color = null,
        string? Icon = null, bool Hoist = false);

    public static async Task<Results<Created<RoleResponse>, ValidationProblem>> Handle(
        Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit,
        IDomainEvents events, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var v = new Validator();
        RoleRules.ValidateFields(v, request.Name, request.Description, request.Color, request.Icon, request.Priority,
            request.Permissions, request.DeniedPermissions, nameRequired: true);
        var inherits = RoleRules.ResolveInherits(roles, request.Inherits, v);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var role = await db.WriteAsync(async c =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var r = new Role
            {
                Name = request.Name!.Trim(),
                NameNormalized = Role.Normalize(request.Name),
                Description = request.Description,
                Color = request.Color,
                Icon = request.Icon,
                Priority = request.Priority ?? 1,
                Allow = [.. (request.Permissions ?? []).Distinct()],
                Deny = [.. (request.DeniedPermissions ?? []).Distinct()],
                Inherits = inherits,
                Hoist = request.Hoist,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (Hierarchy.CanManageRole(actor, r, r.Priority) is { } denied) throw Hierarchy.Denied(denied);
            if (Hierarchy.GrantsAdministrator(r.Allow)) actor.EnsureSteppedUp();
            RoleRules.EnsureActorMayGrant(actor, roles, r.Allow, r.Inherits);
            RoleRules.EnsureNoCycle(roles, r.Id, r.Inherits);
            await RoleRules.EnsureNameFreeAsync(db, r.Name, null, c);
            db.Roles.Add(r);
            RoleRules.RecordVersion(db, audit, events, r, null, "created", actor.UserId, now);
            return r;
        }, ct);

        Preconditions.SetETag(http, role.Version);
        return TypedResults.Created($"/api/v1/roles/{role.Id}", RoleResponse.Of(role, 0));
    }
}
