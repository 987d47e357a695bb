using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Auth;

/// <summary>The live sign-ins of a member: where and when each started, when it was last refreshed.</summary>
public static class ListSessions
{
    /// <summary>One live session (a sign-in and the refresh tokens born from it).</summary>
    /// <param name="Device">The browser or client, as its User-Agent described itself.</param>
    /// <param name="Current">This is the session making the request.</param>
    public sealed record SessionResponse(Guid Id, string? Device, string? Ip, DateTime CreatedAt, DateTime LastUsedAt, DateTime ExpiresAt, bool Current);

    public sealed record Response(IReadOnlyList<SessionResponse> Items);

    public static async Task<Ok<Response>> Mine(CurrentActor actor, GatehouseDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(new Response(await LiveOfAsync(db, actor.UserId!.Value, actor.SessionId, time, ct)));

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> OfUser(
        Guid id, CurrentActor actor, GatehouseDb db, IMemberStanding members, TimeProvider time, CancellationToken ct)
    {
        if (!await members.IsMemberAsync(id, ct)) return Problems.NotFound("user");
        return TypedResults.Ok(new Response(await LiveOfAsync(db, id, actor.SessionId, time, ct)));
    }

    internal static async Task<List<SessionResponse>> LiveOfAsync(GatehouseDb db, Guid userId, Guid? current, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.RefreshSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now)
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(s => s.LastUsedAt)
            .Select(s => new SessionResponse(s.Id, s.UserAgent, s.Ip, s.CreatedAt, s.LastUsedAt, s.ExpiresAt, s.Id == current))];
    }
}
