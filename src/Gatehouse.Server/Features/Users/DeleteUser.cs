using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Users;

public static class DeleteUser
{
    /// <summary>Deletes a member: soft (tombstone, restorable) or hard, by the <c>Gatehouse:Users:DeleteMode</c> policy.</summary>
    public static async Task<NoContent> Handle(
        Guid id, GatehouseDb db, AccessService access, CurrentActor actor,
        MemberWritePath writes, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        await db.WriteAsync(async c =>
        {
            var u = await LoadTarget.ForWriteAsync(db, id, roles, actor, c);
            if (u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("owner.protected"));
            if (u.Id == actor.UserId) throw new RuleViolation(409, "self-action", Messages.Get("self.disable"));
            await writes.DeleteAsync(u, roles, batch: false, c);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
