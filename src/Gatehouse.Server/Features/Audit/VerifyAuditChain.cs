using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

public static class VerifyAuditChain
{
    /// <summary>Where the chain breaks: the first entry whose seq, link, hash or signature is wrong.</summary>
    public sealed record Break(long Seq, Guid Id, string Reason);

    /// <summary>The result of walking the whole chain.</summary>
    public sealed record Response(bool Ok, long Checked, long LastSeq, Break? FirstBroken);

    public static async Task<Ok<Response>> Handle(GatehouseDb db, AuditKey key, CancellationToken ct) =>
        TypedResults.Ok(await VerifyAsync(db, key.Value, ct));

    public static async Task<Response> VerifyAsync(GatehouseDb db, byte[] key, CancellationToken ct)
    {
        const int batch = 2000;
        long expectedSeq = 1, lastSeq = 0, checkedCount = 0;
        var prev = AuditChain.Genesis;
        while (true)
        {
            var rows = await db.AuditEntries.AsNoTracking().Where(e => e.Seq > lastSeq).OrderBy(e => e.Seq).Take(batch).ToListAsync(ct);
            if (rows.Count == 0) return new(true, checkedCount, lastSeq, null);
            foreach (var e in rows)
            {
                string? reason = null;
                if (e.Seq != expectedSeq) reason = $"missing entries: expected seq {expectedSeq}, found {e.Seq}";
                else if (e.PrevHash != prev) reason = "prev_hash does not match the previous entry";
                else if (AuditChain.ComputeHash(e) != e.Hash) reason = "content does not match its hash";
                else if (!CryptographicOperations.FixedTimeEquals(
                             Encoding.ASCII.GetBytes(AuditChain.Sign(e.Hash, key)), Encoding.ASCII.GetBytes(e.Signature)))
                    reason = "signature does not match";
                if (reason is not null) return new(false, checkedCount, lastSeq, new Break(e.Seq, e.Id, reason));
                prev = e.Hash;
                lastSeq = e.Seq;
                expectedSeq++;
                checkedCount++;
            }
        }
    }
}
