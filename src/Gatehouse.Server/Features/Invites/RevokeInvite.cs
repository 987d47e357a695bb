using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Invites;

public static class RevokeInvite
{
    /// <summary>Revoking only closes a door, so anyone who manages invites may do it; revoking twice changes nothing.</summary>
    public static async Task<NoContent> Handle(string code, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var invite = await InviteCodes.FindAsync(db, code, track: true, c);
            if (invite.RevokedAt is not null) return 0;
            invite.RevokedAt = time.GetUtcNow().UtcDateTime;
            audit.Record(new AuditRecord("invite.revoked", "invite", invite.Id.ToString(), new { code = invite.Code, uses = invite.Uses }));
            return 1;
        }, ct);
        return TypedResults.NoContent();
    }
}
