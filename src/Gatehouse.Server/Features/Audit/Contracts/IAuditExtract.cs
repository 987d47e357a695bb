namespace Gatehouse.Server.Features.Audit.Contracts;

/// <summary>Read-only audit extract for other features (scheduled reports): entries of a period in chain order.</summary>
public interface IAuditExtract
{
    /// <param name="actionPrefix">Only actions starting with it (e.g. <c>user.</c>); null for all.</param>
    IAsyncEnumerable<AuditExtractEntry> ReadAsync(DateTime from, DateTime to, string? actionPrefix, CancellationToken ct);
}

public sealed record AuditExtractEntry(long Seq, DateTime At, string Action, string TargetType, string? TargetId, string Result, Guid? ActorUserId, Guid? ActorApiKeyId);
