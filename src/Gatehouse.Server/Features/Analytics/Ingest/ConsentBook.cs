using System.Collections.Concurrent;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>Members' recorded consent, read once from the database and then kept in memory (ingest asks on every batch).</summary>
public sealed class ConsentBook
{
    private readonly ConcurrentDictionary<Guid, bool> _known = new();

    public async ValueTask<bool> HasConsentedAsync(Guid userId, GatehouseDb db, CancellationToken ct)
    {
        if (_known.TryGetValue(userId, out var granted)) return granted;
        granted = await db.Set<AnalyticsConsent>().AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Granted).FirstOrDefaultAsync(ct);
        _known[userId] = granted;
        return granted;
    }

    public void Remember(Guid userId, bool granted) => _known[userId] = granted;
}
