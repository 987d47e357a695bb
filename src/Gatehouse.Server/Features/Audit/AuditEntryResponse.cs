using System.Text.Json;
using Gatehouse.Server.Features.Audit.Sealing;

namespace Gatehouse.Server.Features.Audit;

/// <summary>An audit entry as the API shows it; <c>payload</c> is the JSON as recorded (opened when it was sealed).</summary>
/// <param name="Erased">The payload held personal data of a member who was erased since: it can no longer be read.</param>
public sealed record AuditEntryResponse(
    Guid Id, long Seq, DateTime Timestamp, Guid? ActorUserId, Guid? ActorApiKeyId, string TargetType, string? TargetId,
    string Action, JsonElement Payload, string Result, string? Ip, string? UserAgent, string? RequestId, string? TraceId,
    string PrevHash, string Hash, string Signature, bool Erased)
{
    public static AuditEntryResponse Of(AuditEntry e, AuditPayloadReader.Opened payload)
    {
        using var doc = JsonDocument.Parse(payload.Payload);
        return new(e.Id, e.Seq, e.Timestamp, e.ActorUserId, e.ActorApiKeyId, e.TargetType, e.TargetId, e.Action,
            doc.RootElement.Clone(), e.Result, e.Ip, e.UserAgent, e.RequestId, e.TraceId, e.PrevHash, e.Hash, e.Signature, payload.Erased);
    }
}
