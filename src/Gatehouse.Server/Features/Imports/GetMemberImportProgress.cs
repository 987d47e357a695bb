using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Imports;

public static class GetMemberImportProgress
{
    /// <summary>Rows checked and written so far by a running pass, with an ETA; a finished or unstarted import answers its state.</summary>
    /// <remarks>The admin app follows the <c>imports</c> live topic instead; this is its one-off equivalent (and curl's).</remarks>
    public static async Task<Results<Ok<ImportProgress.Snapshot>, ProblemHttpResult>> Handle(
        Guid id, GatehouseDb db, ImportProgress progress, CancellationToken ct) =>
        await progress.CurrentAsync(id, db, ct) is { } snapshot ? TypedResults.Ok(snapshot) : Problems.NotFound("import");
}
