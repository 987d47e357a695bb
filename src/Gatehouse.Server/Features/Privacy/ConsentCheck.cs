using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>The newest answer decides; no answer means no consent (opt-in, GDPR art. 7).</summary>
public sealed class ConsentCheck(GatehouseDb db) : IConsents
{
    public async Task<bool> AllowsAsync(Guid userId, string purpose, CancellationToken ct) =>
        await db.Set<ConsentRecord>().AsNoTracking().Where(r => r.UserId == userId && r.Purpose == purpose)
            .OrderByDescending(r => r.Number).Select(r => (bool?)r.Granted).FirstOrDefaultAsync(ct) ?? false;
}
