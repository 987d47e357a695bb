using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

/// <summary>Loads a member for a write and checks the actor may act on them (hierarchy, owner).</summary>
public static class LoadTarget
{
    public static async Task<User> ForWriteAsync(GatehouseDb db, Guid id, RoleDirectory roles, CurrentActor actor, CancellationToken ct)
    {
        var u = await db.Users.Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == id && x.DeletedAt == null, ct)
            ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
        if (Hierarchy.CanActOnUser(actor, AccessService.Compute(u.ToAccount(), roles.Grants)) is { } denied) throw Hierarchy.Denied(denied);
        return u;
    }
}
