using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Features.Privacy.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

/// <summary>
/// Audit entries about a member or by them. The log is append-only and hash-chained, so erasure does not
/// touch it: it deletes the member's key, and every payload sealed under it becomes unreadable (crypto-shredding).
/// </summary>
public sealed class AuditPersonalData(GatehouseDb db, SubjectKeys keys, AuditPayloadReader payloads) : IPersonalDataSource
{
    public string Feature => "audit";

    public IReadOnlyList<ProcessingActivity> Processing { get; } =
    [
        new("Audit log", ["who did what and when", "before/after values of changes (sealed per member)", "IP address and user agent of the actor"],
            "Accountability and security of administration", "Legal obligation and legitimate interest (art. 6(1)(c), (f))",
            "Kept for ever (append-only); personal data in payloads erased by deleting the member's key", ["Administrators with audit.read"]),
    ];

    public async Task ExportAsync(DataSubject subject, IPersonalDataArchive archive, CancellationToken ct)
    {
        var id = subject.UserId;
        var target = id.ToString();
        await payloads.PreloadAsync(ct);
        await archive.AddManyAsync("entries", Open(db.AuditEntries.AsNoTracking()
            .Where(e => (e.TargetType == "user" && e.TargetId == target) || e.ActorUserId == id).OrderBy(e => e.Seq).AsAsyncEnumerable(), ct), ct);
    }

    private async IAsyncEnumerable<object> Open(IAsyncEnumerable<AuditEntry> entries, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in entries.WithCancellation(ct))
        {
            var opened = await payloads.OpenAsync(e, ct);
            yield return new { e.Seq, e.Timestamp, e.Action, e.TargetType, e.TargetId, e.ActorUserId, e.Result, payload = opened.Payload, opened.Erased, e.Ip, e.UserAgent };
        }
    }

    public Task EraseAsync(DataSubject subject, CancellationToken ct) => keys.EraseAsync(db, subject.UserId, ct);
}
