using Gatehouse.Server.Features.Webhooks.Contracts;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>One signed attempt of one delivery: the current secret, and the previous one while its overlap lasts.</summary>
public sealed class WebhookSender(ISignedWebhookSender poster, WebhookSecrets secrets, TimeProvider time)
{
    public Task<SignedWebhookResult> SendAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken ct)
    {
        var keys = new List<string> { secrets.Unprotect(webhook.SecretProtected) };
        if (webhook.PreviousSecretProtected is not null && webhook.PreviousSecretValidUntil > time.GetUtcNow().UtcDateTime)
            keys.Add(secrets.Unprotect(webhook.PreviousSecretProtected));
        return poster.SendAsync(new SignedWebhook(webhook.Url, MessageId(delivery.EventId), delivery.Body, keys, "Gatehouse-Webhooks"), ct);
    }

    public static string MessageId(Guid eventId) => "msg_" + eventId.ToString("N");
}
