using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Privacy;

/// <summary>
/// The privacy feature's own records (consent history) and the shared plumbing no feature owns: the
/// outbox keeps event payloads and the idempotency store keeps answers that may name the person.
/// </summary>
public sealed class PrivacyPersonalData(GatehouseDb db) : IPersonalDataSource
{
    public string Feature => "privacy";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Consent records", ["purpose", "answer", "version of the text", "time"], "Prove and honour consent",
            "Legal obligation (art. 7(1))", "While the account exists", ["Administrators with privacy.manage"]),
        new("Event delivery and request replay", ["copies of member events and API answers"], "Deliver events once; answer retried requests the same",
            "Legitimate interest (art. 6(1)(f))", "Until delivered; idempotency answers 24 hours", ["None"]),
    ];

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct) =>
        await archive.AddAsync("consents", await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.UserId == subject.UserId)
            .OrderBy(c => c.Purpose).ThenBy(c => c.Number).Select(c => new { c.Purpose, c.Granted, c.TextVersion, c.RecordedAt }).ToListAsync(ct), ct);

    public async Task EraseAsync(DataSubject subject, CancellationToken ct)
    {
        await db.Set<ConsentRecord>().Where(c => c.UserId == subject.UserId).ExecuteDeleteAsync(ct);
        await PersonalText.ScrubAsync<OutboxMessage>(db, subject, ct);
        await PersonalText.ScrubAsync<IdempotencyRecord>(db, subject, ct);
    }
}
