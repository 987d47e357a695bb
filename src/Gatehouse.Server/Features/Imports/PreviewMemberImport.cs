using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Imports;

/// <summary><c>POST /users/import/{id}/preview</c>: change the mapping or the policy and check every row again.</summary>
public static class PreviewMemberImport
{
    /// <param name="Mapping">Column → member field ("" leaves the column out); columns not named keep their mapping.</param>
    /// <param name="Policy">skip, update or fail, for rows matching an existing member.</param>
    /// <param name="SkipInvalid">Leave rows with errors out at commit instead of refusing the import.</param>
    /// <param name="ExternalSource">The site's name for itself, for an external_id column.</param>
    public sealed record Request(
        IReadOnlyDictionary<string, string>? Mapping = null, string? Policy = null, bool? SkipInvalid = null, string? ExternalSource = null);

    public static async Task<Results<Ok<ImportPreview.Response>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, Request request, GatehouseDb db, ImportStorage storage, ImportPass pass, IAuditLog audit, ImportProgress progress, CancellationToken ct)
    {
        var import = await db.Set<MemberImport>().FindAsync([id], ct);
        if (import is null) return Problems.NotFound("import");
        if (import.Status != MemberImportStatuses.Previewed) return Problems.Conflict("import-committed", ImportText.Get("committed"));
        if (!File.Exists(storage.PathOf(id))) return Problems.Make(StatusCodes.Status410Gone, "import-gone", ImportText.Get("gone"));

        var v = new Validator();
        var columns = ImportPreview.ColumnsOf(import);
        var mapping = ImportPreview.MappingOf(import);
        foreach (var (column, field) in request.Mapping ?? new Dictionary<string, string>()) mapping[column] = field;
        ImportSettings.CheckMapping(mapping, columns, v);
        var policy = request.Policy is null ? ImportPreview.PolicyOf(import) : ImportSettings.ParsePolicy(request.Policy, v);
        ImportSettings.CheckSource(request.ExternalSource, v);
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var before = new Choices(ImportPreview.MappingOf(import), import.Policy, import.SkipInvalid, import.ExternalSource);
        ImportSettings.SetShape(import, columns, mapping);
        import.Policy = policy.ToString().ToLowerInvariant();
        import.SkipInvalid = request.SkipInvalid ?? import.SkipInvalid;
        import.ExternalSource = request.ExternalSource ?? import.ExternalSource;
        using (var tracking = progress.Start(id, ImportPreview.Of(import).Summary?.Rows ?? 0, ImportProgress.Validating))
            ImportPreview.Store(import, await pass.RunAsync(ImportSettings.Of(import, storage), null, tracking, ct));
        // Checking again is a read; only a changed choice is a change worth an audit entry.
        var diff = AuditDiff.Of(before, new Choices(ImportPreview.MappingOf(import), import.Policy, import.SkipInvalid, import.ExternalSource));
        if (diff["after"]!.AsObject().Count > 0) audit.Record(new AuditRecord("users.import_previewed", "import", id.ToString(), diff));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ImportPreview.Of(import));
    }

    private sealed record Choices(Dictionary<string, string> Mapping, string Policy, bool SkipInvalid, string? ExternalSource);
}
