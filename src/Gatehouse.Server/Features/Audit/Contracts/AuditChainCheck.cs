using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Features.Audit.Contracts;

/// <summary>The server's audit signing key, for features that must carry it elsewhere (backups) or derive keys from it (refresh-token successors).</summary>
public interface IAuditSigningKey
{
    byte[] Value { get; }
}

/// <summary>The outcome of walking a chain: how far it holds, and the first break if any.</summary>
public sealed record AuditChainReport(bool Ok, long Checked, long LastSeq, string? Problem);

/// <summary>Walks the audit chain of any Gatehouse database (a restored copy, too) with a given key.</summary>
public static class AuditChainCheck
{
    public static async Task<AuditChainReport> VerifyAsync(GatehouseDb db, byte[] key, CancellationToken ct)
    {
        var r = await VerifyAuditChain.VerifyAsync(db, key, ct);
        return new(r.Ok, r.Checked, r.LastSeq, r.FirstBroken is { } b ? $"seq {b.Seq}: {b.Reason}" : null);
    }
}
