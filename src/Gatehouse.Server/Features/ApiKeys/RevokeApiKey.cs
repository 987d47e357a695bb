using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.ApiKeys;

public static class RevokeApiKey
{
    /// <summary>Revoking only takes power away, so anyone who manages keys may do it; revoking twice changes nothing.</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var key = await ApiKeyRules.LoadForWriteAsync(db, id, c);
            if (key.RevokedAt is not null) return 0;
            key.RevokedAt = time.GetUtcNow().UtcDateTime;
            key.PreviousSecretHash = null;
            key.PreviousValidUntil = null;
            audit.Record(new AuditRecord("apikey.revoked", "api_key", key.Id.ToString(), new { name = key.Name }));
            return 1;
        }, ct);
        return TypedResults.NoContent();
    }
}
