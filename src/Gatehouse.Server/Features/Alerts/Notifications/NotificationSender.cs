using System.Globalization;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Alerts.Notifications;

/// <summary>
/// One attempt to deliver one notice: an e-mail through the server's mail sender, or a POST signed
/// per Standard Webhooks through the webhooks feature's sender (<c>webhook-id</c> stays the same
/// across retries, so receivers de-duplicate).
/// </summary>
public sealed class NotificationSender(MailSender mail, ISignedWebhookSender webhooks, IDataProtectionProvider protection, IOptions<AlertsOptions> options)
{
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
        var o = options.Value;
        var message = new SignedWebhook(channel.Url!, "msg_" + notice.Id.ToString("N"), notice.Body, [_protector.Unprotect(channel.SecretProtected!)], "Gatehouse-Alerts")
        {
            AllowLoopback = o.AllowLoopback,
            Timeout = o.WebhookTimeout,
        };
        var result = await webhooks.SendAsync(message, ct);
        return result.Succeeded ? null : result.Error;
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
