using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using StandardWebhooks;

namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>
/// One attempt to deliver one notice: an e-mail through the server's mail sender, or a POST signed
/// per Standard Webhooks (<c>webhook-id</c> stays the same across retries, so receivers de-duplicate).
/// </summary>
public sealed class NotificationSender(MailSender mail, IHttpClientFactory clients, IDataProtectionProvider protection, TimeProvider time)
{
    public const string ClientName = "alert-notifications";

    private readonly IDataProtector _protector = protection.CreateProtector("Gatehouse.Alerts.ChannelSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    /// <returns>Null when delivered, else what went wrong.</returns>
    public async Task<string?> SendAsync(AlertChannel channel, AlertNotification notice, CancellationToken ct)
    {
        try
        {
            if (channel.Kind == AlertChannelKinds.Email)
            {
                await mail.SendAsync(channel.Recipients, notice.Subject, EmailText(notice), ct);
                return null;
            }
            return await PostAsync(channel, notice, ct);
        }
        catch (MailNotSentException e)
        {
            return e.Message;
        }
    }

    private async Task<string?> PostAsync(AlertChannel channel, AlertNotification notice, CancellationToken ct)
    {
        var messageId = "msg_" + notice.Id.ToString("N");
        var now = time.GetUtcNow();
        var signature = new StandardWebhook(_protector.Unprotect(channel.SecretProtected!)).Sign(messageId, now, notice.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, channel.Url) { Content = new StringContent(notice.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Gatehouse-Alerts", "1.0"));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? null : $"the receiver answered {status}";
        }
        // DNS, refusal (including the address guard), TLS, reset, timeout: a failed attempt to retry, not a crash.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            for (var inner = e; inner is not null; inner = inner.InnerException)
                if (inner is Infrastructure.Http.WebhookRefusedException refused) return refused.Message;
            return e is TaskCanceledException or TimeoutException ? "timed out" : (e.InnerException ?? e).Message;
        }
    }

    /// <summary>The e-mail says the same as the webhook body, for a person.</summary>
    public static string EmailText(AlertNotification notice)
    {
        using var doc = JsonDocument.Parse(notice.Body);
        var root = doc.RootElement;
        var text = new StringBuilder();
        text.AppendLine(notice.Subject).AppendLine();
        if (root.TryGetProperty("state", out var state)) text.AppendLine(CultureInfo.InvariantCulture, $"State: {state.GetString()}");
        if (root.TryGetProperty("at", out var at)) text.AppendLine(CultureInfo.InvariantCulture, $"At: {at}");
        if (root.TryGetProperty("conditions", out var conditions))
            foreach (var c in conditions.EnumerateArray())
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"- {c.GetProperty("metric").GetString()}{Segment(c)}: {c.GetProperty("value")} ({c.GetProperty("samples")} samples){(c.GetProperty("met").GetBoolean() ? " met" : "")}");
        return text.ToString();
    }

    private static string Segment(JsonElement c) =>
        c.TryGetProperty("segment", out var s) && s.ValueKind == JsonValueKind.String ? $" [{s.GetString()}]" : "";
}
