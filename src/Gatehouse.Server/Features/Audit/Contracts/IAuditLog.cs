namespace Gatehouse.Server.Features.Audit.Contracts;

/// <summary>What other features use to write the audit log. Entries join the caller's unit of work.</summary>
public interface IAuditLog
{
    /// <summary>Adds an entry to the current unit of work; it commits with the change it describes.</summary>
    void Record(AuditRecord record);

    /// <summary>Writes an entry on its own (denied requests, failed sign-ins), dropping any pending change.</summary>
    Task RecordAloneAsync(AuditRecord record, CancellationToken ct);
}

/// <param name="Payload">Serialized as JSON: a before/after diff, a reason, or other context.</param>
/// <param name="ActorUserId">Overrides the signed-in actor (a sign-in attempt acts for the user it names).</param>
public sealed record AuditRecord(
    string Action, string TargetType, string? TargetId, object? Payload = null,
    string Result = AuditResults.Success, Guid? ActorUserId = null);
