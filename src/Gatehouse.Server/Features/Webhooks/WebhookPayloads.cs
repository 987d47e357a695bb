using System.Text.Json;
using System.Text.Json.Nodes;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>
/// The body a receiver gets, in the Standard Webhooks shape (<c>type</c>, <c>timestamp</c>,
/// <c>data</c>) plus the event envelope, so receivers can de-duplicate and order by version.
/// </summary>
public static class WebhookPayloads
{
    public static string Of(DomainEvent evt) => new JsonObject
    {
        ["type"] = evt.Type,
        ["timestamp"] = evt.OccurredAt.UtcDateTime.ToString("O"),
        ["data"] = JsonNode.Parse(evt.Payload.GetRawText()),
        ["event"] = new JsonObject
        {
            ["id"] = evt.Id,
            ["aggregate_type"] = evt.AggregateType,
            ["aggregate_id"] = evt.AggregateId,
            ["aggregate_version"] = evt.AggregateVersion,
            ["actor_user_id"] = evt.ActorUserId,
            ["actor_api_key_id"] = evt.ActorApiKeyId,
        },
    }.ToJsonString(GatehouseJson.Options);

    public static string Test(Guid eventId, Guid webhookId, DateTime now) => JsonSerializer.Serialize(new
    {
        type = WebhookEventTypes.Test,
        timestamp = now.ToString("O"),
        data = new { webhook_id = webhookId, message = "This is a test event from Gatehouse." },
        @event = new { id = eventId },
    }, GatehouseJson.Options);
}
