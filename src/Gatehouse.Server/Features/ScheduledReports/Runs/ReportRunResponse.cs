namespace Gatehouse.Server.Features.ScheduledReports.Runs;

/// <summary>One run with its per-recipient delivery status.</summary>
/// <param name="Downloadable">Whether the files are still kept (30 days by default).</param>
public sealed record ReportRunResponse(
    Guid Id, Guid ReportId, string Trigger, string Status, DateTime PeriodFrom, DateTime PeriodTo, DateTime StartedAt, DateTime? FinishedAt,
    string Format, IReadOnlyList<string> Languages, long SizeBytes, bool Downloadable, DateTime? FilesExpireAt, string? Error,
    IReadOnlyList<ReportDeliveryResponse> Deliveries)
{
    public static ReportRunResponse Of(ReportRun r, IEnumerable<ReportDelivery> deliveries) =>
        new(r.Id, r.ReportId, r.Trigger, r.Status, r.PeriodFrom, r.PeriodTo, r.StartedAt, r.FinishedAt, r.Format, r.Languages, r.SizeBytes,
            r.FilesExpireAt is not null, r.FilesExpireAt, r.Error, [.. deliveries.Select(ReportDeliveryResponse.Of)]);
}

/// <param name="Status">pending (waiting for its next attempt), sent or failed (given up after the retries).</param>
/// <param name="NextAttemptAt">When a pending delivery is tried next.</param>
public sealed record ReportDeliveryResponse(
    Guid Id, string Kind, string Address, string Language, string Status, int Attempts, DateTime? SentAt, DateTime? NextAttemptAt, string? LastError)
{
    public static ReportDeliveryResponse Of(ReportDelivery d) =>
        new(d.Id, d.Kind, d.Address, d.Language, d.Status, d.Attempts, d.SentAt, d.Status == DeliveryStatuses.Pending ? d.NextAttemptAt : null, d.LastError);
}
