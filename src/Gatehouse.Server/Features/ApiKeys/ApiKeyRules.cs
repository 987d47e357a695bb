using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.ApiKeys;

public static class ApiKeyRules
{
    public static async Task<ApiKey> LoadForWriteAsync(GatehouseDb db, Guid id, CancellationToken ct) =>
        await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct)
        ?? throw new RuleViolation(404, "not-found", Messages.Get("not_found", "API key"));

    /// <summary>
    /// Whoever receives a key's new secret acts as its creator: only the creator, or someone who
    /// outranks the creator and holds every scope of the key, may rotate it.
    /// </summary>
    public static async Task EnsureMayTakeOverAsync(AccessService access, CurrentActor actor, ApiKey key, CancellationToken ct)
    {
        if (key.CreatedByUserId == actor.UserId) return;
        var creator = await access.ForUserAsync(key.CreatedByUserId, ct);
        if (creator is not null && Hierarchy.CanActOnUser(actor, creator) is { } denied) throw Hierarchy.Denied(denied);
        if (Hierarchy.CanGrant(actor, key.Scopes) is { } missing) throw Hierarchy.Denied(missing);
    }
}
