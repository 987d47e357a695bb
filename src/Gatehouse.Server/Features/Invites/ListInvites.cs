using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Invites;

public static class ListInvites
{
    public const int MaxLimit = 200;

    /// <summary>Invites, newest first, revoked and expired ones included (their state says so).</summary>
    public static async Task<Results<Ok<Page<InviteResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        int? limit, string? cursor, GatehouseDb db, AccessService access, IMemberNames names, TimeProvider time, CancellationToken ct)
    {
        var take = limit ?? 50;
        if (take is < 1 or > MaxLimit)
            return Problems.Validation(new Validator().Add("limit", Messages.Get("limit.range", MaxLimit)).Errors);
        if (!Cursor.TryDecode(cursor, "invites", out var after) || (after is not null && !Guid.TryParse(after.Tie, out _)))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        var invites = db.Invites.AsNoTracking();
        if (after is not null)
        {
            var before = Guid.Parse(after.Tie);
            invites = invites.Where(i => i.Id.CompareTo(before) < 0);
        }
        var page = await invites.OrderByDescending(i => i.Id).Take(take + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > take)
        {
            page.RemoveAt(take);
            next = new Cursor("invites", null, page[^1].Id.ToString()).Encode();
        }
        var creators = await names.UsernamesAsync([.. page.Select(i => i.CreatedByUserId).Distinct()], ct);
        var roles = await access.RolesAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Page<InviteResponse>(
            [.. page.Select(i => InviteResponse.Of(i, roles, creators.GetValueOrDefault(i.CreatedByUserId), now))], next));
    }
}
