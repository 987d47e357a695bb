using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// <c>POST /users/import</c>: the file is the request body (text/csv or application/json), stored as it
/// arrives; the server reads its columns, proposes a mapping and previews every row. Nothing about
/// members is written until the commit.
/// </summary>
public static class UploadMemberImport
{
    /// <param name="FileName">The file's name, shown back to the admin (and its extension tells the format when the content type does not).</param>
    /// <param name="Policy">For rows matching an existing member: skip (default), update the mapped fields, or fail.</param>
    /// <param name="ExternalSource">The site's name for itself when the file has an external_id column (site integration finds members by both).</param>
    public sealed record Query(
        [property: FromQuery(Name = "file_name")] string? FileName = null, string? Policy = null,
        [property: FromQuery(Name = "external_source")] string? ExternalSource = null,
        [property: FromQuery(Name = "skip_invalid")] bool? SkipInvalid = null);

    public static async Task<Results<Created<ImportPreview.Response>, ValidationProblem, ProblemHttpResult>> Handle(
        [AsParameters] Query query, HttpContext http, GatehouseDb db, ImportStorage storage, ImportPass pass, IAuditLog audit,
        CurrentActor actor, TimeProvider time, CancellationToken ct)
    {
        var v = new Validator().MaxLength("file_name", query.FileName, 255);
        var policy = ImportSettings.ParsePolicy(query.Policy, v);
        ImportSettings.CheckSource(query.ExternalSource, v);
        var format = FormatOf(http.Request.ContentType, query.FileName);
        if (format is null) v.Add("content_type", ImportText.Get("file.format"));
        if (!v.IsValid) return Problems.Validation(v.Errors);

        var import = new MemberImport
        {
            CreatedBy = actor.UserId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            FileName = query.FileName ?? $"members.{format}",
            Format = format!,
            Policy = policy.ToString().ToLowerInvariant(),
            ExternalSource = query.ExternalSource,
            SkipInvalid = query.SkipInvalid ?? false,
        };
        var size = await storage.SaveAsync(import.Id, http, ct);
        if (size is null)
            return Problems.Make(StatusCodes.Status413PayloadTooLarge, "file-too-large", ImportText.Get("file.too_large", storage.MaxBytes / (1024 * 1024)));
        try
        {
            if (size == 0) return Problems.BadRequest("import-file-unreadable", ImportText.Get("file.empty"));
            var shape = await ImportFile.ReadShapeAsync(storage.PathOf(import.Id), import.Format, ct);
            if (!shape.HasRows) return Problems.BadRequest("import-file-unreadable", ImportText.Get("file.no_rows"));
            import.ByteSize = size.Value;
            import.Delimiter = shape.Delimiter;
            ImportSettings.SetShape(import, shape.Columns, ImportFields.Propose(shape.Columns));
            var report = await pass.RunAsync(ImportSettings.Of(import, storage), null, null, ct);
            ImportPreview.Store(import, report);

            db.Set<MemberImport>().Add(import);
            audit.Record(new AuditRecord("users.import_uploaded", "import", import.Id.ToString(),
                new { file_name = import.FileName, format = import.Format, rows = report.Rows, bytes = size }));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            storage.Delete(import.Id);
            throw;
        }
        return TypedResults.Created($"/api/v1/users/import/{import.Id}", ImportPreview.Of(import));
    }

    private static string? FormatOf(string? contentType, string? fileName)
    {
        var media = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (media is "text/csv" or "application/csv" or "text/plain" or "text/tab-separated-values") return "csv";
        if (media is "application/json") return "json";
        // A browser or curl that does not know the type: the file's name says it.
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        return extension switch { ".csv" or ".tsv" or ".txt" => "csv", ".json" => "json", _ => null };
    }
}
