using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// <c>GET /users/import/{id}/password-links</c>: the set-password links that were not mailed, as CSV
/// (username, email, link, expires_at), for the administrator who ran the import, once. The download
/// is audited; the file is gone afterwards (the links themselves still work until they expire).
/// </summary>
public static class DownloadImportPasswordLinks
{
    public static async Task<IResult> Handle(Guid id, HttpContext http, GatehouseDb db, ImportLinks links, CurrentActor actor,
        IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var import = await db.Set<MemberImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Problems.NotFound("import");
        if (import.CreatedBy is null || import.CreatedBy != actor.UserId)
            return Problems.Forbidden("import-links-importer-only", ImportText.Get("links.importer_only"));
        // Only one caller gets the file, even when two ask at once.
        if (ImportLinksResult.Of(import)?.PasswordLinks is not { InFile: > 0 } counts || links.Claim(id) is not { } taken)
            return Problems.Make(StatusCodes.Status410Gone, "import-links-gone", ImportText.Get("links.gone"));
        try
        {
            await db.WriteAsync(async c =>
            {
                var row = await db.Set<MemberImport>().FirstAsync(i => i.Id == id, c);
                ImportLinksResult.Set(row, counts with { DownloadedAt = time.GetUtcNow().UtcDateTime });
                audit.Record(new AuditRecord("users.import_links_downloaded", "import", id.ToString(), new { links = counts.InFile }));
                return true;
            }, ct);
        }
        catch
        {
            links.Unclaim(id, taken);
            throw;
        }
        try
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"gatehouse-import-{id:N}-password-links.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            await ImportLinks.CopyNeutralisedAsync(taken, http.Response.Body, ct);
        }
        finally
        {
            File.Delete(taken);
        }
        return Results.Empty;
    }
}
