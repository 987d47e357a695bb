using Gatehouse.Server.Features.Auth.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Users;

public static class LeaveCommunity
{
    /// <summary>
    /// The member leaves: every session ends and the account is soft-deleted (gone from lists, search
    /// and presence). They may come back within the return window by signing in or through an invite.
    /// </summary>
    public static async Task<NoContent> Handle(
        GatehouseDb db, AccessService access, CurrentActor actor, ISessionRevocation sessions, MemberWritePath writes, TimeProvider time, CancellationToken ct)
    {
        // An API key acts for its creator; leaving is the person's own decision, made in a session.
        if (actor.ApiKeyId is not null || actor.UserId is not { } userId)
            throw new RuleViolation(403, "session-required", Messages.Get("leave.session_only"));
        var roles = await access.RolesAsync(ct);
        await db.WriteAsync(async c =>
        {
            var u = await db.Users.Include(x => x.Roles).FirstOrDefaultAsync(x => x.Id == userId && x.DeletedAt == null, c)
                ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "user"));
            if (u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("leave.owner"));
            var edit = writes.Begin(u, roles);
            await sessions.RevokeAllAsync(u.Id, "left", c);
            var now = time.GetUtcNow().UtcDateTime;
            u.DeletedAt = now;
            u.LeftAt = now;
            // The last administrator may not leave the community without one (the write path checks it).
            await edit.CommitAsync(new MemberCommit("user.left", new { before = edit.Before }, new { }, Removed: true), c);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
