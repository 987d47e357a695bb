using System.Text.Json;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>One delivery as the log shows it: what was sent, what came back, what happens next.</summary>
/// <param name="MessageId">The <c>webhook-id</c> header: the same on every attempt, for de-duplication by the receiver.</param>
/// <param name="RequestHeaders">Headers of the last attempt.</param>
/// <param name="RequestBody">The exact JSON body sent.</param>
/// <param name="ResponseBody">The receiver's answer, cut at a few kilobytes.</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, Guid WebhookId, Guid EventId, string EventType, string MessageId, string Status, int Attempts, DateTime CreatedAt,
    DateTime? LastAttemptAt, DateTime? NextAttemptAt, int? ResponseStatus, string? ResponseBody, int? DurationMs, string? Error,
    IReadOnlyDictionary<string, string> RequestHeaders, string RequestBody)
{
    public static WebhookDeliveryResponse Of(WebhookDelivery d) =>
        new(d.Id, d.WebhookId, d.EventId, d.EventType, WebhookSender.MessageId(d.EventId), d.Status, d.Attempts, d.CreatedAt, d.LastAttemptAt,
            d.NextAttemptAt, d.ResponseStatus, d.ResponseBody, d.DurationMs, d.Error,
            d.RequestHeaders is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(d.RequestHeaders)!,
            d.Body);
}
