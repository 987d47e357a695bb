using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

public static class DeleteUser
{
    /// <summary>Deletes a member: soft (tombstone, restorable) or hard, by the <c>Gatehouse:Users:DeleteMode</c> policy.</summary>
    public static async Task<NoContent> Handle(
        Guid id, GatehouseDb db, AccessService access, CurrentActor actor, RefreshTokens sessions,
        IOptions<GatehouseOptions> options, MemberWritePath writes, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var hard = string.Equals(options.Value.Users.DeleteMode, "Hard", StringComparison.OrdinalIgnoreCase);
        await db.WriteAsync(async c =>
        {
            var u = await LoadTarget.ForWriteAsync(db, id, roles, actor, c);
            if (u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("owner.protected"));
            if (u.Id == actor.UserId) throw new RuleViolation(409, "self-action", Messages.Get("self.disable"));
            var edit = writes.Begin(u, roles);
            await sessions.RevokeAllAsync(u.Id, "deleted", c);
            var mode = hard ? "hard" : "soft";
            if (!hard) u.DeletedAt = time.GetUtcNow().UtcDateTime;
            await edit.CommitAsync(new MemberCommit("user.deleted", new { mode, before = edit.Before }, new { mode }, Force: hard, Removed: true), c);
            if (hard) db.Users.Remove(u);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
