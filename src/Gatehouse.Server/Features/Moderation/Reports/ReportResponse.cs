namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>A report in the queue.</summary>
/// <param name="DueAt">When the SLA of its severity runs out.</param>
/// <param name="Breached">Still open past its due time.</param>
/// <param name="Duplicates">How many times the reporter filed it again (merged into this one).</param>
public sealed record ReportResponse(
    Guid Id, Guid ReporterId, Guid TargetId, string Category, string Severity, string Description, IReadOnlyList<string> Evidence,
    string Status, Guid? AssigneeId, DateTime DueAt, bool Breached, DateTime CreatedAt, DateTime UpdatedAt, DateTime? ClosedAt,
    string? Resolution, int Duplicates, int Version, IReadOnlyList<ReportNoteResponse> Notes)
{
    public static ReportResponse Of(Report r, DateTime now) => new(
        r.Id, r.ReporterId, r.TargetId, r.Category, r.Severity, r.Description, r.Evidence, r.Status, r.AssigneeId, r.DueAt,
        r.IsOpen && r.DueAt <= now, r.CreatedAt, r.UpdatedAt, r.ClosedAt, r.Resolution, r.Duplicates, r.Version,
        [.. r.Notes.OrderBy(n => n.CreatedAt).Select(n => new ReportNoteResponse(n.Id, n.AuthorId, n.Text, n.CreatedAt))]);
}

public sealed record ReportNoteResponse(Guid Id, Guid? AuthorId, string Text, DateTime CreatedAt);
