namespace Gatehouse.Server.Features.Moderation.Reports;

/// <summary>A member's report about another member, worked by moderators through a small workflow.</summary>
public sealed class Report
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReporterId { get; set; }
    public Guid TargetId { get; set; }
    public string Category { get; set; } = ReportCategories.Other;
    public string Severity { get; set; } = ReportSeverities.Low;
    public string Description { get; set; } = "";
    public List<string> Evidence { get; set; } = [];
    public string Status { get; set; } = ReportStatuses.Open;
    public Guid? AssigneeId { get; set; }
    /// <summary>CreatedAt + the SLA of the severity; the queue is ordered by it, so breached reports come first.</summary>
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Resolution { get; set; }
    /// <summary>How many times the same reporter filed it again while it was open (merged, not duplicated).</summary>
    public int Duplicates { get; set; }
    public int Version { get; set; } = 1;

    public List<ReportNote> Notes { get; set; } = [];

    public bool IsOpen => Status is ReportStatuses.Open or ReportStatuses.Assigned;
}

public sealed class ReportNote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReportId { get; set; }
    public Guid? AuthorId { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public static class ReportStatuses
{
    public const string Open = "open";
    public const string Assigned = "assigned";
    public const string Resolved = "resolved";
    public const string Dismissed = "dismissed";
    public static readonly string[] All = [Open, Assigned, Resolved, Dismissed];
}

public static class ReportSeverities
{
    public const string Critical = "critical";
    public const string High = "high";
    public const string Normal = "normal";
    public const string Low = "low";
    public static readonly string[] All = [Critical, High, Normal, Low];
}

/// <summary>The fixed list of categories, each with the severity a report starts with.</summary>
public static class ReportCategories
{
    public const string Other = "other";

    public static readonly IReadOnlyDictionary<string, string> DefaultSeverity = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["violence"] = ReportSeverities.Critical,
        ["self_harm"] = ReportSeverities.Critical,
        ["sexual_content"] = ReportSeverities.Critical,
        ["harassment"] = ReportSeverities.High,
        ["hate"] = ReportSeverities.High,
        ["impersonation"] = ReportSeverities.Normal,
        ["cheating"] = ReportSeverities.Normal,
        ["spam"] = ReportSeverities.Normal,
        [Other] = ReportSeverities.Low,
    };

    public static IEnumerable<string> All => DefaultSeverity.Keys;
}
