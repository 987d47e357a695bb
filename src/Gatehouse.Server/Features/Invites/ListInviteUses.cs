using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

public static class ListInviteUses
{
    public const int MaxUses = 500;

    /// <param name="Kind">created (new account), returned (came back after leaving) or joined (already a member).</param>
    public sealed record UseResponse(Guid UserId, string? Username, string Kind, DateTime UsedAt);

    /// <summary>Who came in through an invite, newest first (the last 500).</summary>
    public static async Task<Ok<UseResponse[]>> Handle(string code, GatehouseDb db, IMemberNames names, CancellationToken ct)
    {
        var invite = await InviteCodes.FindAsync(db, code, track: false, ct);
        var uses = await db.InviteUses.AsNoTracking().Where(u => u.InviteId == invite.Id)
            .OrderByDescending(u => u.UsedAt).ThenByDescending(u => u.Id).Take(MaxUses).ToListAsync(ct);
        var who = await names.UsernamesAsync([.. uses.Select(u => u.UserId).Distinct()], ct);
        return TypedResults.Ok(uses.Select(u => new UseResponse(u.UserId, who.GetValueOrDefault(u.UserId), u.Kind, u.UsedAt)).ToArray());
    }
}
