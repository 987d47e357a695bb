using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.Credentials;

/// <summary>Ends a member's sessions after a credential change, keeping the one that made it (if any).</summary>
public static class SessionEnding
{
    public static Task<int> EndOthersAsync(GatehouseDb db, Guid userId, Guid? keep, string reason, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.RefreshSessions.Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason), ct);
    }
}
