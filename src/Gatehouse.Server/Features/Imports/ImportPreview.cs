using System.Text.Json;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Imports;

/// <summary>What an import looks like to the admin: the file's columns, the mapping, the policy and the last check of every row.</summary>
public static class ImportPreview
{
    /// <param name="Mapping">Column → member field ("" leaves the column out).</param>
    /// <param name="UnknownColumns">Columns no member field is mapped from: reported, not silently dropped.</param>
    /// <param name="Fields">The member fields a column can map to.</param>
    /// <param name="Summary">Counts of the last preview (or of the commit, once committed).</param>
    /// <param name="Problems">The first rows with errors, each naming the field at fault.</param>
    /// <param name="Sample">The first rows as mapped, to check the mapping on real values.</param>
    /// <param name="Result">Once committed: what was written.</param>
    public sealed record Response(
        Guid Id, string Status, string FileName, string Format, string? Delimiter, long ByteSize, IReadOnlyList<string> Columns,
        IReadOnlyDictionary<string, string> Mapping, IReadOnlyList<string> UnknownColumns, IReadOnlyList<string> Fields,
        ImportPolicy Policy, bool SkipInvalid, string? ExternalSource, Summary? Summary, IReadOnlyList<RowReport> Problems,
        IReadOnlyList<RowReport> Sample, DateTime CreatedAt, DateTime? CommittedAt, CommitResult? Result);

    /// <param name="Rows">Member rows in the file.</param>
    /// <param name="Errors">Rows with at least one error (left out, or refusing the commit).</param>
    public sealed record Summary(int Rows, int Create, int Update, int Skip, int Errors);

    /// <param name="Row">1 is the first member of the file (the header line is not counted).</param>
    /// <param name="Values">The row's values by member field, as mapped.</param>
    public sealed record RowReport(int Row, ImportRowAction Action, string? MatchedBy, Guid? ExistingId,
        IReadOnlyDictionary<string, string?> Values, IReadOnlyList<FieldError> Errors);

    /// <param name="Code">invalid, duplicate_in_file, exists, taken, deleted or forbidden.</param>
    public sealed record FieldError(string Field, string Code, string Message);

    /// <param name="Unchanged">Rows to update whose values were already the member's (nothing written).</param>
    /// <param name="LeftOut">Rows with errors left out (only with skip_invalid).</param>
    /// <param name="PasswordLinks">How the members created got their one-time set-password links (null until handed over).</param>
    public sealed record CommitResult(int Created, int Updated, int Unchanged, int Skipped, int LeftOut, PasswordLinks? PasswordLinks = null);

    /// <param name="Issued">Links issued, one per member created. While Mailed + InFile is below it, links are being mailed.</param>
    /// <param name="Mailed">Links mailed to the members (SMTP configured).</param>
    /// <param name="InFile">Links in the result file (no SMTP, or the relay refused them), for the importer to download once.</param>
    /// <param name="DownloadedAt">When the importer downloaded the file (it is gone from then on).</param>
    public sealed record PasswordLinks(int Issued, int Mailed, int InFile, DateTime? DownloadedAt);

    /// <summary>What one pass found, before it is stored on the import.</summary>
    /// <param name="Mark">Where what the rows were checked against stood when the pass began (null: unknown).</param>
    public sealed record Report(int Rows, int Create, int Update, int Skip, int Errors, IReadOnlyList<RowReport> Problems, IReadOnlyList<RowReport> Sample,
        string? Mark = null)
    {
        public Summary Summary => new(Rows, Create, Update, Skip, Errors);
    }

    /// <summary>Stored with the import so GET answers without reading the file again.</summary>
    private sealed record Stored(Summary Summary, IReadOnlyList<RowReport> Problems, IReadOnlyList<RowReport> Sample, string? Mark = null);

    public static void Store(MemberImport import, Report report) =>
        import.SummaryJson = JsonSerializer.Serialize(new Stored(report.Summary, report.Problems, report.Sample, report.Mark), GatehouseJson.Options);

    /// <summary>
    /// The commit may take the last preview's word for every row when it found only new members, no errors, and
    /// <paramref name="markNow"/> (taken in the commit's transaction) equals the mark taken as that preview began.
    /// </summary>
    public static bool StillHolds(MemberImport import, string? markNow)
    {
        if (markNow is null || import.SummaryJson is null) return false;
        var stored = JsonSerializer.Deserialize<Stored>(import.SummaryJson, GatehouseJson.Options);
        return stored is { Mark: { } mark, Summary: { Errors: 0, Update: 0, Skip: 0 } summary } && summary.Create == summary.Rows && mark == markNow;
    }

    public static Dictionary<string, string> MappingOf(MemberImport import) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(import.MappingJson, GatehouseJson.Options) ?? [];

    public static List<string> ColumnsOf(MemberImport import) =>
        JsonSerializer.Deserialize<List<string>>(import.ColumnsJson, GatehouseJson.Options) ?? [];

    public static ImportPolicy PolicyOf(MemberImport import) => Enum.Parse<ImportPolicy>(import.Policy, ignoreCase: true);

    public static Response Of(MemberImport import)
    {
        var stored = import.SummaryJson is null ? null : JsonSerializer.Deserialize<Stored>(import.SummaryJson, GatehouseJson.Options);
        var mapping = MappingOf(import);
        return new Response(import.Id, import.Status, import.FileName, import.Format, import.Delimiter, import.ByteSize, ColumnsOf(import),
            mapping, [.. mapping.Where(m => m.Value.Length == 0).Select(m => m.Key)], ImportFields.All, PolicyOf(import), import.SkipInvalid,
            import.ExternalSource, stored?.Summary, stored?.Problems ?? [], stored?.Sample ?? [], import.CreatedAt, import.CommittedAt,
            ImportLinksResult.Of(import));
    }
}
