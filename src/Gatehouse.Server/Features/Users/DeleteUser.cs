using Gatehouse.Server.Features.Audit;
using Gatehouse.Server.Features.Auth;
using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Users;

public static class DeleteUser
{
    /// <summary>Deletes a member: soft (tombstone, restorable) or hard, by the <c>Gatehouse:Users:DeleteMode</c> policy.</summary>
    public static async Task<NoContent> Handle(
        Guid id, GatehouseDb db, AccessService access, CurrentActor actor, RefreshTokens sessions, IAuditLog audit,
        IOptions<GatehouseOptions> options, IDomainEvents events, TimeProvider time, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        var hard = string.Equals(options.Value.Users.DeleteMode, "Hard", StringComparison.OrdinalIgnoreCase);
        await db.WriteAsync(async c =>
        {
            var u = await LoadTarget.ForWriteAsync(db, id, roles, actor, c);
            if (u.IsOwner) throw new RuleViolation(403, "owner-protected", Messages.Get("owner.protected"));
            if (u.Id == actor.UserId) throw new RuleViolation(409, "self-action", Messages.Get("self.disable"));
            var holdersBefore = await AdministratorGuard.CountHoldersAsync(db, c);
            var before = UserAuditView.Of(u, roles);
            await sessions.RevokeAllAsync(u.Id, "deleted", c);
            if (hard) db.Users.Remove(u);
            else
            {
                u.DeletedAt = time.GetUtcNow().UtcDateTime;
                u.UpdatedAt = u.DeletedAt.Value;
                u.Version++;
            }
            audit.Record(new AuditRecord("user.deleted", "user", u.Id.ToString(), new { mode = hard ? "hard" : "soft", before }));
            events.Record(DomainEventTypes.UserDeleted, AggregateTypes.User, u.Id.ToString(), hard ? u.Version + 1 : u.Version, new { mode = hard ? "hard" : "soft" });
            await AdministratorGuard.EnsureNotLastAsync(db, holdersBefore, c);
            return true;
        }, ct);
        return TypedResults.NoContent();
    }
}
