using System.Text.Json;

namespace Gatehouse.Server.Features.Audit;

/// <summary>An audit entry as the API shows it; <c>payload</c> is the stored JSON.</summary>
public sealed record AuditEntryResponse(
    Guid Id, long Seq, DateTime Timestamp, Guid? ActorUserId, Guid? ActorApiKeyId, string TargetType, string? TargetId,
    string Action, JsonElement Payload, string Result, string? Ip, string? UserAgent, string? RequestId, string? TraceId,
    string PrevHash, string Hash, string Signature)
{
    public static AuditEntryResponse Of(AuditEntry e)
    {
        using var doc = JsonDocument.Parse(e.Payload);
        return new(e.Id, e.Seq, e.Timestamp, e.ActorUserId, e.ActorApiKeyId, e.TargetType, e.TargetId, e.Action,
            doc.RootElement.Clone(), e.Result, e.Ip, e.UserAgent, e.RequestId, e.TraceId, e.PrevHash, e.Hash, e.Signature);
    }
}
