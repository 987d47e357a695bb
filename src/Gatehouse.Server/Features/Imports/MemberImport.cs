namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// An uploaded member file between preview and commit. The file itself waits on disk (never in the
/// database or in memory); this row holds the mapping, the policy, the last preview's counts and,
/// once committed, the result, so committing again answers the same result and writes nothing.
/// </summary>
public sealed class MemberImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public string FileName { get; set; } = "";
    /// <summary><c>csv</c> or <c>json</c>.</summary>
    public string Format { get; set; } = "csv";
    public long ByteSize { get; set; }
    /// <summary>The CSV delimiter found in the header line.</summary>
    public string? Delimiter { get; set; }
    /// <summary>JSON: column name → member field (or "" for a column left out).</summary>
    public string MappingJson { get; set; } = "{}";
    /// <summary>JSON: the file's columns in order.</summary>
    public string ColumnsJson { get; set; } = "[]";
    public string Policy { get; set; } = "skip";
    /// <summary>Rows with errors are left out at commit instead of refusing the whole import.</summary>
    public bool SkipInvalid { get; set; }
    /// <summary>The site's name for itself, for an external_id column (the site integration's source).</summary>
    public string? ExternalSource { get; set; }
    /// <summary><c>previewed</c> or <c>committed</c>.</summary>
    public string Status { get; set; } = MemberImportStatuses.Previewed;
    public string? SummaryJson { get; set; }
    public DateTime? CommittedAt { get; set; }
    public string? ResultJson { get; set; }
}

public static class MemberImportStatuses
{
    public const string Previewed = "previewed";
    public const string Committed = "committed";
}
