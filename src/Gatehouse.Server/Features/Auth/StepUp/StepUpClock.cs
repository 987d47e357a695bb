using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth.StepUp;

/// <summary>Records that the member just proved who they are in this session (opens the step-up window).</summary>
public static class StepUpClock
{
    public static async Task MarkAsync(GatehouseDb db, Guid? sessionId, TimeProvider time, CancellationToken ct)
    {
        if (sessionId is null) return;
        var now = time.GetUtcNow().UtcDateTime;
        await db.RefreshSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.SteppedUpAt, now), ct);
    }
}
