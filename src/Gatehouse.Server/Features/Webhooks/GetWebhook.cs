using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Http;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

public static class GetWebhook
{
    public static async Task<Results<Ok<WebhookResponse>, ProblemHttpResult>> Handle(
        Guid id, HttpContext http, GatehouseDb db, IOptions<WebhooksOptions> options, TimeProvider time, CancellationToken ct)
    {
        var hook = await db.Set<Webhook>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (hook is null) return Problems.NotFound("webhook");
        var now = time.GetUtcNow().UtcDateTime;
        var health = await WebhookResponse.HealthAsync(db, [hook], now, ct);
        Preconditions.SetETag(http, hook.Version);
        return TypedResults.Ok(WebhookResponse.Of(hook, health[id], options.Value.DefaultMaxPerSecond, now));
    }
}
