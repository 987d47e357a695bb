using System.Globalization;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Webhooks;

public static class ListWebhookDeliveries
{
    public const int MaxLimit = 200;

    /// <summary>The delivery log of one webhook, newest first; filter by status.</summary>
    public static async Task<Results<Ok<Page<WebhookDeliveryResponse>>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, string? status, int? limit, string? cursor, GatehouseDb db, CancellationToken ct)
    {
        var take = limit ?? 50;
        var v = new Validator();
        if (take is < 1 or > MaxLimit) v.Add("limit", Messages.Get("limit.range", MaxLimit));
        if (status is not null && !DeliveryStatuses.All.Contains(status)) v.Add("status", Messages.Get("status.unknown", string.Join(", ", DeliveryStatuses.All)));
        if (!v.IsValid) return Problems.Validation(v.Errors);
        var shape = $"deliveries|{id}|{status}";
        if (!Cursor.TryDecode(cursor, shape, out var after) || (after is not null && !long.TryParse(after.Tie, out _)))
            return Problems.BadRequest("invalid-cursor", Messages.Get("cursor.invalid"));
        if (!await db.Set<Webhook>().AnyAsync(w => w.Id == id, ct)) return Problems.NotFound("webhook");

        var rows = db.Set<WebhookDelivery>().AsNoTracking().Where(d => d.WebhookId == id);
        if (status is not null) rows = rows.Where(d => d.Status == status);
        if (after is not null)
        {
            var before = new DateTime(long.Parse(after.Tie, CultureInfo.InvariantCulture), DateTimeKind.Utc);
            rows = rows.Where(d => d.CreatedAt < before);
        }
        var page = await rows.OrderByDescending(d => d.CreatedAt).Take(take + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > take)
        {
            page.RemoveAt(take);
            next = new Cursor(shape, null, page[^1].CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture)).Encode();
        }
        return TypedResults.Ok(new Page<WebhookDeliveryResponse>([.. page.Select(WebhookDeliveryResponse.Of)], next));
    }
}
