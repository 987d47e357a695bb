using System.Runtime.CompilerServices;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

/// <summary>Entries of a period, in pages by sequence number (the chain's order); payloads stay out (they may hold personal data).</summary>
public sealed class AuditExtract(GatehouseDb db) : IAuditExtract
{
    private const int PageSize = 1000;

    public async IAsyncEnumerable<AuditExtractEntry> ReadAsync(DateTime from, DateTime to, string? actionPrefix, [EnumeratorCancellation] CancellationToken ct)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.Timestamp >= from && e.Timestamp < to);
        if (!string.IsNullOrEmpty(actionPrefix)) entries = entries.Where(e => e.Action.StartsWith(actionPrefix));
        var after = -1L;
        while (true)
        {
            var seq = after;
            var page = await entries.Where(e => e.Seq > seq).OrderBy(e => e.Seq).Take(PageSize).ToListAsync(ct);
            foreach (var e in page)
                yield return new AuditExtractEntry(e.Seq, e.Timestamp, e.Action, e.TargetType, e.TargetId, e.Result, e.ActorUserId, e.ActorApiKeyId);
            if (page.Count < PageSize) yield break;
            after = page[^1].Seq;
        }
    }
}
