using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

public static class ListWebhooks
{
    /// <summary>Every webhook with its health; a community has a handful, so one page holds them all.</summary>
    public static async Task<Ok<Page<WebhookResponse>>> Handle(GatehouseDb db, IOptions<WebhooksOptions> options, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var hooks = await db.Set<Webhook>().AsNoTracking().OrderBy(w => w.CreatedAt).Take(500).ToListAsync(ct);
        var health = await WebhookResponse.HealthAsync(db, hooks, now, ct);
        return TypedResults.Ok(new Page<WebhookResponse>([.. hooks.Select(h => WebhookResponse.Of(h, health[h.Id], options.Value.DefaultMaxPerSecond, now))], null));
    }
}
