using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

/// <summary>
/// Gives pending audit entries their place in the chain (seq, prev_hash, hash, signature) inside
/// the transaction that writes them, so the chain has no gaps and no forks.
/// </summary>
public sealed class AuditSealer(AuditKey key) : ICommitSealer
{
    public bool HasPending(GatehouseDb db) =>
        db.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.Hash.Length == 0);

    public async Task SealPendingAsync(GatehouseDb db, CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<AuditEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.Hash.Length == 0)
            .Select(e => e.Entity)
            .OrderBy(e => e.LocalOrder)
            .ToList();
        if (pending.Count == 0) return;

        // No gaps and no forks: one appender at a time until its commit, on every node.
        await CommitOrderLock.AcquireAsync(db, ct);

        var last = await db.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Seq)
            .Select(e => new { e.Seq, e.Hash })
            .FirstOrDefaultAsync(ct);
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
}
