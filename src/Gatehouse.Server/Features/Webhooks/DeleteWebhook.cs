using Gatehouse.Server.Features.Audit.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gatehouse.Server.Features.Webhooks;

public static class DeleteWebhook
{
    /// <summary>Removes the webhook and its delivery log; nothing more is sent to it.</summary>
    public static async Task<NoContent> Handle(Guid id, GatehouseDb db, IAuditLog audit, CancellationToken ct)
    {
        await db.WriteAsync(async c =>
        {
            var hook = await WebhookRules.LoadAsync(db, id, c);
            db.Set<Webhook>().Remove(hook);
            audit.Record(new AuditRecord("webhook.deleted", "webhook", id.ToString(), new { url = hook.Url, event_types = hook.EventTypes }));
            return 0;
        }, ct);
        return TypedResults.NoContent();
    }
}
