using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit.Sealing;

/// <summary>
/// One-time start-up step: payloads about members written in clear before sealing existed are sealed
/// under their member's key. Their hashes change, so the chain from the first such entry on is re-linked
/// and re-signed, in one transaction, only after the old chain verified; the append-only triggers are
/// lifted for that transaction alone, and an <c>audit.payloads_sealed</c> entry records the old head hash,
/// so an export taken before can still be matched. See docs/adr/privacy-erasure-and-crypto-shredding.md.
/// </summary>
public sealed class LegacyPayloadSealing(AuditKey key, SubjectKeys keys, ILogger<LegacyPayloadSealing> logger, TimeProvider time)
{
    private const int Batch = 2000;

    /// <returns>How many payloads were sealed (0: nothing to do, or the old chain did not verify).</returns>
    public async Task<int> RunAsync(GatehouseDb db, CancellationToken ct) => await db.WriteAsync(async c =>
    {
        await CommitOrderLock.AcquireAsync(db, c);
        // Entries about erased members stay clear by design (they name nobody any more): not legacy.
        var erased = (await db.Set<AuditSubjectKey>().Where(k => k.WrappedKey == null).Select(k => k.SubjectId).ToListAsync(c))
            .Select(g => g.ToString()).ToList();
        var first = await Clear(db).Where(e => !erased.Contains(e.TargetId!)).OrderBy(e => e.Seq).Select(e => (long?)e.Seq).FirstOrDefaultAsync(c);
        if (first is null) return 0;

        var check = await VerifyAuditChain.VerifyAsync(db, key.Value, c);
        if (!check.Ok)
        {
            logger.LogError("Audit payloads left in clear: the chain does not verify ({Reason} at seq {Seq})", check.FirstBroken?.Reason, check.FirstBroken?.Seq);
            return 0;
        }

        var oldHead = await db.AuditEntries.Where(e => e.Seq == check.LastSeq).Select(e => e.Hash).FirstAsync(c);
        await SetTriggersAsync(db, enabled: false, c);
        var prev = await db.AuditEntries.Where(e => e.Seq == first - 1).Select(e => e.Hash).FirstOrDefaultAsync(c) ?? AuditChain.Genesis;
        long after = first.Value - 1, sealedCount = 0;
        while (true)
        {
            var rows = await db.AuditEntries.Where(e => e.Seq > after).OrderBy(e => e.Seq).Take(Batch).ToListAsync(c);
            if (rows.Count == 0) break;
            var subjects = rows.Select(SubjectOf).OfType<Guid>().Distinct().ToList();
            var memberKeys = await keys.ForWritingAsync(db, subjects, c);
            foreach (var e in rows)
            {
                if (SubjectOf(e) is { } s && memberKeys[s] is { } k)
                {
                    e.Payload = PayloadCipher.Seal(e.Id, s, k, e.Payload);
                    sealedCount++;
                }
                e.PrevHash = prev;
                e.Hash = AuditChain.ComputeHash(e);
                e.Signature = AuditChain.Sign(e.Hash, key.Value);
                prev = e.Hash;
                after = e.Seq;
            }
            await db.SaveChangesAsync(c);
            db.ChangeTracker.Clear();
        }
        await SetTriggersAsync(db, enabled: true, c);

        db.AuditEntries.Add(new AuditEntry
        {
            Timestamp = time.GetUtcNow().UtcDateTime,
            TargetType = "audit",
            Action = "audit.payloads_sealed",
            Payload = $"{{\"payloads\":{sealedCount},\"from_seq\":{first},\"to_seq\":{after},\"previous_head_hash\":\"{oldHead}\"}}",
        });
        logger.LogInformation("Sealed {Count} audit payloads written in clear; chain re-linked from seq {Seq}", sealedCount, first);
        return (int)sealedCount;
    }, ct);

    /// <summary>Entries about a member whose payload is still clear text.</summary>
    private static IQueryable<AuditEntry> Clear(GatehouseDb db) =>
        db.AuditEntries.AsNoTracking().Where(e => e.TargetType == "user" && e.Payload != "{}" && !e.Payload.StartsWith("{\"sealed\":"));

    private static Guid? SubjectOf(AuditEntry e) =>
        e.TargetType == "user" && e.Payload != "{}" && PayloadCipher.TryRead(e.Payload) is null && Guid.TryParse(e.TargetId, out var id) ? id : null;

    private static Task SetTriggersAsync(GatehouseDb db, bool enabled, CancellationToken ct) => db.IsPostgres
        ? db.Database.ExecuteSqlRawAsync(enabled
            ? "CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();"
            : "DROP TRIGGER audit_entries_no_change ON audit_entries;", ct)
        : db.Database.ExecuteSqlRawAsync(enabled
            ? "CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END; "
              + "CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;"
            : "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;", ct);
}
