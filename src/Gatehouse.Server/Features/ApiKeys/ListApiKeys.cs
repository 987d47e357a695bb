using Gatehouse.Server.Features.Users.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.ApiKeys;

public static class ListApiKeys
{
    public const int MaxLimit = 200;

    /// <summary>Keys, newest first.</summary>
    public static async Task<Results<Ok<Page<ApiKeyResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        int? limit, string? cursor, GatehouseDb db, IMemberNames members, ApiKeyUsage usage, IOptions<ApiKeysOptions> options, TimeProvider time, CancellationToken ct)
    {
        var take = limit ?? 50;
        if (take is < 1 or > MaxLimit)
            return Problems.Validation(new Validator().Add("limit", Messages.Get("limit.range", MaxLimit)).Errors);
        if (!Cursor.TryDecode(cursor, "api-keys", out var after) || (after is not null && !Guid.TryParse(after.Tie, out _)))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));

        var keys = db.Set<ApiKey>().AsNoTracking();
        if (after is not null)
        {
            var before = Guid.Parse(after.Tie);
            keys = keys.Where(k => k.Id.CompareTo(before) < 0);
        }
        var page = await keys.OrderByDescending(k => k.Id).Take(take + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > take)
        {
            page.RemoveAt(take);
            next = new Cursor("api-keys", null, page[^1].Id.ToString()).Encode();
        }
        var creatorIds = page.Select(k => k.CreatedByUserId).Distinct().ToList();
        var names = await members.UsernamesAsync(creatorIds, ct);
        var now = time.GetUtcNow().UtcDateTime;
        return TypedResults.Ok(new Page<ApiKeyResponse>([.. page.Select(k =>
            ApiKeyResponse.Of(k, names.GetValueOrDefault(k.CreatedByUserId), usage, options.Value.DefaultRateLimitPerMinute, now))], next));
    }
}
