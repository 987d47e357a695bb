using Gatehouse.Server.Features.Audit.Sealing;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Audit;

public static class GetAuditEntry
{
    public static async Task<Results<Ok<AuditEntryResponse>, ProblemHttpResult>> Handle(Guid id, GatehouseDb db, AuditPayloadReader payloads, CancellationToken ct)
    {
        var entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        return entry is null ? Problems.NotFound("audit entry") : TypedResults.Ok(AuditEntryResponse.Of(entry, await payloads.OpenAsync(entry, ct)));
    }
}
