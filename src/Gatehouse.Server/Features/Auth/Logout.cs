using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Auth;

public static class Logout
{
    /// <summary>Ends the caller's session: its refresh tokens stop working and so do its access tokens.</summary>
    public static async Task<NoContent> Handle(HttpContext http, GatehouseDb db, CurrentActor actor, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var session = await db.RefreshSessions.FindAsync([actor.SessionId], c);
            if (session is not null && session.RevokedAt is null)
            {
                session.RevokedAt = time.GetUtcNow().UtcDateTime;
                session.RevokedReason = "logout";
            }
            audit.Record(new AuditRecord("auth.logout", "session", actor.SessionId?.ToString()));
            return true;
        }, ct);
        AuthCookies.Clear(http);
        return TypedResults.NoContent();
    }
}
