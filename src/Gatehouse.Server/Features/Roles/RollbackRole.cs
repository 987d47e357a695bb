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

public static class RollbackRole
{
    /// <summary>The version to return to; the rollback is itself a new version. The role keeps its place in the order.</summary>
    public sealed record Request(int? Version);

    public static async Task<Results<Ok<RoleResponse>, ValidationProblem>> Handle(
        Guid id, Request request, HttpContext http, GatehouseDb db, AccessService access, CurrentActor actor, IAuditLog audit,
        IDomainEvents events, TimeProvider time, CancellationToken ct)
    {
        if (request.Version is null) return Problems.Validation(new Dictionary<string, string[]> { ["version"] = [Messages.Get("required")] });
        var roles = await access.RolesAsync(ct);
        var role = await db.WriteAsync(async c =>
        {
            var r = await UpdateRole.LoadForWriteAsync(db, id, http, c);
            if (Hierarchy.CanManageRole(actor, r) is { } denied) throw Hierarchy.Denied(denied);
            var row = await db.RoleVersions.AsNoTracking().FirstOrDefaultAsync(v => v.RoleId == id && v.Version == request.Version, c)
                ?? throw new RuleViolation(404, "version-not-found", Messages.Get("role.version_unknown", request.Version));
            var target = RoleSnapshot.FromJson(row.Snapshot);
            // Roles deleted since then cannot be inherited any more; a built-in role keeps its name; the order of roles is
            // not part of a role's content, so the role stays where it is (docs/adr/role-order.md).
            target = target with
            {
                Inherits = [.. target.Inherits.Where(roles.ById.ContainsKey)],
                Name = r.IsSystem ? r.Name : target.Name,
                Priority = r.Priority,
            };
            await UpdateRole.ApplyAsync(db, audit, events, actor, roles, r, RoleSnapshot.Of(r), target, "rolled_back", time.GetUtcNow().UtcDateTime, c);
            return r;
        }, ct);
        Preconditions.SetETag(http, role.Version);
        return TypedResults.Ok(RoleResponse.Of(role, await RoleHolders.CountAsync(db, id, includeDeleted: true, ct)));
    }
}
