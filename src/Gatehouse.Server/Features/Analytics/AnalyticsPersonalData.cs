using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Ingest;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Analytics;

/// <summary>
/// A member's raw analytics events and analytics consent. Erasure deletes the events (aggregated rollups
/// hold no person and stay) and records that the member no longer consents, effective at once.
/// </summary>
public sealed class AnalyticsPersonalData(GatehouseDb db, ConsentBook consent, TimeProvider time) : IPersonalDataSource, IRetentionRule, IAnalyticsConsent
{
    public string Feature => "analytics";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Usage analytics", ["events (type, time, page properties)", "device class", "region", "truncated IP address"],
            "Measure and improve the community's service", "Consent (art. 6(1)(a)); withdrawal stops recording at once",
            "Raw events: the analytics_events retention setting; rollups hold no person", ["Administrators with analytics.read"]),
    ];

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct)
    {
        var id = subject.UserId;
        await archive.AddAsync("consent", await db.Set<AnalyticsConsent>().AsNoTracking().Where(c => c.UserId == id)
            .Select(c => new { c.Granted, c.UpdatedAt }).FirstOrDefaultAsync(ct), ct);
        await archive.AddManyAsync("events", db.Set<RawEvent>().AsNoTracking().Where(e => e.UserId == id).OrderBy(e => e.ReceivedAt)
            .Select(e => new { e.Id, e.Type, e.Source, e.SessionId, e.OccurredAt, e.ReceivedAt, e.Device, e.Region, e.Route, e.Ip, e.Props })
            .AsAsyncEnumerable(), ct);
    }

    public async Task EraseAsync(DataSubject subject, CancellationToken ct)
    {
        var id = subject.UserId;
        await db.Set<RawEvent>().Where(e => e.UserId == id).ExecuteDeleteAsync(ct);
        await db.Set<AnalyticsConsent>().Where(c => c.UserId == id).ExecuteDeleteAsync(ct);
        consent.Forget(id);
    }

    public string Category => "analytics_events";

    public TimeSpan DefaultPeriod => TimeSpan.FromDays(90);

    public Task<int> PruneAsync(DateTime cutoff, CancellationToken ct) =>
        db.WriteAsync(c => db.Set<RawEvent>().Where(e => e.ReceivedAt < cutoff).ExecuteDeleteAsync(c), ct);

    public async Task<bool> SetAsync(Guid userId, bool granted, CancellationToken ct)
    {
        var row = await db.Set<AnalyticsConsent>().FirstOrDefaultAsync(c => c.UserId == userId, ct);
        if (row is not null && row.Granted == granted) return false;
        if (row is null) db.Add(row = new AnalyticsConsent { UserId = userId });
        row.Granted = granted;
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        // Withdrawal takes effect before the commit: not one more event is recorded meanwhile.
        consent.Remember(userId, granted);
        return true;
    }
}
