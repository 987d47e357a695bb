using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

/// <summary>
/// Gives pending audit entries their place in the chain (seq, prev_hash, hash, signature) inside
/// the transaction that writes them, so the chain has no gaps and no forks.
/// </summary>
public sealed class AuditSealer(AuditKey key, SubjectKeys subjectKeys) : ICommitSealer
{
    public bool HasPending(GatehouseDb db) =>
        db.AddedRows<AuditEntry>().Any(e => e.Hash.Length == 0);

    public async Task SealPendingAsync(GatehouseDb db, CancellationToken ct)
    {
        var pending = db.AddedRows<AuditEntry>()
            .Where(e => e.Hash.Length == 0)
            .OrderBy(e => e.LocalOrder)
            .ToList();
        if (pending.Count == 0) return;

        // No gaps and no forks: one appender at a time until its commit, on every node.
        await CommitOrderLock.AcquireAsync(db, ct);

        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Seq)
            .Select(e => new { e.Seq, e.Hash })
            .FirstOrDefaultAsync(ct);
        await SealPersonalDataAsync(db, pending, ct);

        var seq = last?.Seq ?? 0;
        var prev = last?.Hash ?? AuditChain.Genesis;

        foreach (var entry in pending)
        {
            entry.Seq = ++seq;
            entry.Timestamp = AuditChain.NormalizeTimestamp(entry.Timestamp);
            entry.PrevHash = prev;
            entry.Hash = AuditChain.ComputeHash(entry);
            entry.Signature = AuditChain.Sign(entry.Hash, key.Value);
            prev = entry.Hash;
        }
    }

    /// <summary>
    /// Encrypts each payload that may hold a member's personal data under that member's key, before
    /// hashing: the chain covers the ciphertext, so deleting the key later leaves the chain intact.
    /// Under the commit-order lock, so two writers never create two keys for one member.
    /// </summary>
    private async Task SealPersonalDataAsync(GatehouseDb db, List<AuditEntry> pending, CancellationToken ct)
    {
        var toSeal = pending.Where(e => e.Subject is not null && e.Payload != "{}").ToList();
        if (toSeal.Count == 0) return;
        var keys = await subjectKeys.ForWritingAsync(db, [.. toSeal.Select(e => e.Subject!.Value).Distinct()], ct);
        var nonces = new RandomPool(toSeal.Count * PayloadCipher.NonceSize);
        foreach (var entry in toSeal)
            if (keys[entry.Subject!.Value] is { } memberKey)
                entry.Payload = PayloadCipher.Seal(entry.Id, entry.Subject.Value, memberKey, entry.Payload, nonces.Take(PayloadCipher.NonceSize));
    }
}
