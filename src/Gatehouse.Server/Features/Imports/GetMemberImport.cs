using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Imports;

public static class GetMemberImport
{
    /// <summary>An import as last previewed (or its result, once committed).</summary>
    public static async Task<Results<Ok<ImportPreview.Response>, ProblemHttpResult>> Handle(Guid id, GatehouseDb db, CancellationToken ct) =>
        await db.Set<MemberImport>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } import
            ? TypedResults.Ok(ImportPreview.Of(import))
            : Problems.NotFound("import");
}
