using System.Text.Json;
using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Imports;

/// <summary>
/// <c>POST /users/import/{id}/commit</c>: every row checked again and written in one transaction, a
/// batch at a time, so the import is all or nothing (a failure, or the process killed half way,
/// leaves no member of it). The import is claimed inside that transaction: committing again, even
/// concurrently, answers the stored result and writes nothing. Each member created gets a one-time
/// set-password link, mailed once the transaction has committed, or kept for the importer's download.
/// </summary>
public static class CommitMemberImport
{
    public static async Task<Results<Ok<ImportPreview.Response>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, GatehouseDb db, ImportStorage storage, ImportPass pass, IMemberImports members, IAuditLog audit,
        ImportProgress progress, ImportLinks links, TimeProvider time, CancellationToken ct)
    {
        var import = await db.Set<MemberImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Problems.NotFound("import");
        if (import.Status == MemberImportStatuses.Committed) return TypedResults.Ok(ImportPreview.Of(import));
        if (!File.Exists(storage.PathOf(id))) return Problems.Make(StatusCodes.Status410Gone, "import-gone", ImportText.Get("gone"));

        var settings = ImportSettings.Of(import, storage) with { RefuseErrors = !import.SkipInvalid };
        var previewed = import;
        using (var tracking = progress.Start(id, ImportPreview.Of(import).Summary?.Rows ?? 0, ImportProgress.Writing))
        {
            var issued = links.Begin(id, http.Request);
            var committed = false;
            try
            {
                committed = await db.WriteAsync(c => WriteAsync(previewed, settings, db, pass, members, audit, tracking, issued, time, c), ct);
            }
            finally
            {
                await issued.DisposeAsync();
                if (!committed) File.Delete(issued.Path);
            }
            if (committed)
            {
                storage.Delete(id);
                await links.HandOverAsync(db, issued, ct);
            }
        }
        var stored = await db.Set<MemberImport>().AsNoTracking().FirstAsync(i => i.Id == id, ct);
        return TypedResults.Ok(ImportPreview.Of(stored));
    }

    /// <summary>The transaction's work; false when another commit claimed the import first.</summary>
    private static async Task<bool> WriteAsync(MemberImport previewed, ImportPass.Settings settings, GatehouseDb db, ImportPass pass, IMemberImports members,
        IAuditLog audit, ImportProgress.Tracking tracking, ImportLinks.Writer issued, TimeProvider time, CancellationToken ct)
    {
        var id = previewed.Id;
        // The claim: a second commit blocks here until the first ends, then finds nothing to claim.
        var claimed = await db.Set<MemberImport>().Where(i => i.Id == id && i.Status == MemberImportStatuses.Previewed)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, MemberImportStatuses.Committed), ct);
        if (claimed == 0) return false;
        // Checking every row again was a sixth of a 100k commit. The preview's verdict stands when nothing it read has
        // changed since (the mark is taken here, in the transaction: nothing can change it until the commit ends on
        // SQLite; on PostgreSQL a member committed meanwhile still meets the unique keys, as with a check).
        settings = settings with { Checked = ImportPreview.StillHolds(previewed, await members.CheckMarkAsync(ct)) };
        await using var cache = await ImportPageCache.WidenAsync(db, ct);
        int created = 0, updated = 0, unchanged = 0;
        var report = await pass.RunAsync(settings, async (rows, bc) =>
        {
            // The batch's new rows (members, role links, credentials, audit entries and keys, events) are inserted from
            // their values, not tracked: EF's tracking of six rows a member was most of a 100k commit.
            using var direct = db.InsertDirectly();
            var writes = await members.WriteAsync(rows, bc);
            for (var i = 0; i < writes.Count; i++)
            {
                var w = writes[i];
                if (w.Created) created++;
                else if (w.Changed) updated++;
                else unchanged++;
                if (w.PasswordSetup is { } setup) await issued.AddAsync(rows[i].Row, setup);
            }
            // A batch of new members only adds entities (members, links, audit entries, events): nothing for
            // DetectChanges to find, and its scan of every tracked entity was a tenth of a 30k commit. Updates need it.
            db.ChangeTracker.AutoDetectChangesEnabled = writes.Any(w => !w.Created);
            try
            {
                // Written in the transaction and let go of: memory holds one batch, not the import.
                await db.SaveChangesAsync(bc);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = true;
            }
            db.ChangeTracker.Clear();
        }, tracking, ct);
        // The links are on disk before the members exist: a links file that cannot be written refuses the import.
        await issued.CompleteAsync();

        var row = await db.Set<MemberImport>().FirstAsync(i => i.Id == id, ct);
        var result = new ImportPreview.CommitResult(created, updated, unchanged, report.Skip, report.Errors);
        ImportPreview.Store(row, report);
        row.CommittedAt = time.GetUtcNow().UtcDateTime;
        row.ResultJson = JsonSerializer.Serialize(result, GatehouseJson.Options);
        audit.Record(new AuditRecord("users.imported", "import", id.ToString(), new
        {
            file_name = row.FileName,
            policy = row.Policy,
            rows = report.Rows,
            created,
            updated,
            unchanged,
            skipped = report.Skip,
            left_out = report.Errors,
            password_links = issued.Count,
            checked_again = !settings.Checked,
        }));
        return true;
    }
}
