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
/// <param name="Subject">
/// The member whose personal data the payload holds; it is sealed under their key and erased with it.
/// Defaults to the target when the target is a user; pass <see cref="Guid.Empty"/> for a payload with no personal data.
/// </param>
public sealed record AuditRecord(
    string Action, string TargetType, string? TargetId, object? Payload = null,
    string Result = AuditResults.Success, Guid? ActorUserId = null, Guid? Subject = null)
{
    /// <summary>Whose key seals the payload, if anyone's.</summary>
    public Guid? SealedFor =>
        Subject is { } s ? (s == Guid.Empty ? null : s)
        : TargetType == "user" && Guid.TryParse(TargetId, out var target) ? target : null;
}
