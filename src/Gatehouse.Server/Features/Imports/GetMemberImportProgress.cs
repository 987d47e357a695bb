using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Imports;

public static class GetMemberImportProgress
{
    /// <summary>Rows written so far by a running commit, with an ETA; a finished or unstarted import answers its state.</summary>
    public static async Task<Results<Ok<ImportProgress.Snapshot>, ProblemHttpResult>> Handle(
        Guid id, GatehouseDb db, ImportProgress progress, CancellationToken ct)
    {
        if (progress.Get(id) is { } running) return TypedResults.Ok(running);
        var import = await db.Set<MemberImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (import is null) return Problems.NotFound("import");
        var rows = ImportPreview.Of(import).Summary?.Rows ?? 0;
        var done = import.Status == MemberImportStatuses.Committed ? rows : 0;
        return TypedResults.Ok(new ImportProgress.Snapshot(id, rows, done, done == rows ? 0 : null, false));
    }
}
