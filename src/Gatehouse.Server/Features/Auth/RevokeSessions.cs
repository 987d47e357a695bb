using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// Ends sessions: one by id, or all of a member's. Their refresh tokens stop working and so do
/// their access tokens, on the very next request. Ending sessions of someone else follows the
/// hierarchy (only members ranked below you).
/// </summary>
public static class RevokeSessions
{
    /// <summary>How many sessions were ended.</summary>
    public sealed record Response(int Revoked);

    /// <summary>One of your own sessions (the current one too: that is a sign-out).</summary>
    public static Task<Results<Ok<Response>, ProblemHttpResult>> MineOne(Guid id, CurrentActor actor, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        RevokeAsync(actor.UserId!.Value, id, keep: null, db, audit, time, ct);

    /// <summary>Every session of yours except the one making the request ("sign out everywhere else").</summary>
    public static Task<Results<Ok<Response>, ProblemHttpResult>> MineOthers(CurrentActor actor, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        RevokeAsync(actor.UserId!.Value, null, keep: actor.SessionId, db, audit, time, ct);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> UserOne(
        Guid id, Guid sessionId, CurrentActor actor, AccessService access, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await CheckTargetAsync(id, actor, access, ct) ?? await RevokeAsync(id, sessionId, keep: null, db, audit, time, ct);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> UserAll(
        Guid id, CurrentActor actor, AccessService access, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct) =>
        await CheckTargetAsync(id, actor, access, ct) ?? await RevokeAsync(id, null, keep: null, db, audit, time, ct);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>?> CheckTargetAsync(Guid id, CurrentActor actor, AccessService access, CancellationToken ct)
    {
        var target = await access.ForUserAsync(id, ct);
        if (target is null || target.User.DeletedAt is not null) return Problems.NotFound("user");
        if (target.User.Id == actor.UserId) return null;
        if (Hierarchy.CanActOnUser(actor, target) is { } denied) throw Hierarchy.Denied(denied);
        return null;
    }

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> RevokeAsync(
        Guid userId, Guid? sessionId, Guid? keep, GatehouseDb db, IAuditLog audit, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var revoked = await db.WriteAsync(async c =>
        {
            var live = await db.RefreshSessions
                .Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now && (sessionId == null || s.Id == sessionId) && s.Id != keep)
                .ToListAsync(c);
            foreach (var s in live)
            {
                s.RevokedAt = now;
                s.RevokedReason = "revoked";
            }
            // A revoke that ends nothing changes nothing: no audit entry either.
            if (live.Count > 0)
                audit.Record(new AuditRecord("auth.sessions_revoked", "user", userId.ToString(), new { sessions = live.Select(s => s.Id).ToList() }));
            return live.Count;
        }, ct);
        if (sessionId is not null && revoked == 0) return Problems.NotFound("session");
        return TypedResults.Ok(new Response(revoked));
    }
}
