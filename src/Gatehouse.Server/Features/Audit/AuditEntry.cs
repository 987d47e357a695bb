using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Security;

namespace Gatehouse.Server.Features.Audit;

/// <summary>One append-only, hash-chained line of the audit log.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; } = PooledIds.NewVersion7();
    /// <summary>Gapless position in the chain, assigned when the entry is sealed.</summary>
    public long Seq { get; set; }
    public DateTime Timestamp { get; set; }
    public Guid? ActorUserId { get; set; }
    public Guid? ActorApiKeyId { get; set; }
    public string TargetType { get; set; } = "";
    public string? TargetId { get; set; }
    public string Action { get; set; } = "";
    /// <summary>JSON kept as text, byte for byte, because the hash covers it (jsonb would reorder keys).</summary>
    public string Payload { get; set; } = "{}";
    public string Result { get; set; } = AuditResults.Success;
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    public string? RequestId { get; set; }
    public string? TraceId { get; set; }
    public string PrevHash { get; set; } = "";
    public string Hash { get; set; } = "";
    public string Signature { get; set; } = "";

    /// <summary>The member whose personal data the payload may hold: the sealer encrypts it under their key; not stored.</summary>
    internal Guid? Subject { get; set; }

    /// <summary>Order of recording inside one unit of work; not stored.</summary>
    internal long LocalOrder { get; set; }
}
