using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Sanctions;

/// <summary><c>GET /users/{id}/sanctions</c>: what is in force, the history, and the ladder's suggested next step.</summary>
public static class GetMemberSanctions
{
    public const int HistoryLimit = 200;

    /// <param name="Active">Mutes and bans in force now.</param>
    /// <param name="History">Every sanction, newest first (at most 200; the full log is GET /sanctions?member=).</param>
    public sealed record Response(Guid UserId, IReadOnlyList<SanctionResponse> Active, IReadOnlyList<SanctionResponse> History,
        EscalationLadder.Suggestion Suggestion);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Guid id, GatehouseDb db, IMemberStanding members, EscalationLadder ladder, TimeProvider time, CancellationToken ct)
    {
        if (!await members.IsMemberAsync(id, ct)) return Problems.NotFound("user");
        var now = time.GetUtcNow().UtcDateTime;
        var history = await db.Set<Sanction>().AsNoTracking().Where(s => s.UserId == id)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(HistoryLimit).ToListAsync(ct);
        return TypedResults.Ok(new Response(id,
            [.. history.Where(s => s.IsActiveAt(now)).Select(s => SanctionResponse.Of(s, now))],
            [.. history.Select(s => SanctionResponse.Of(s, now))],
            ladder.Suggest(history, now)));
    }
}
