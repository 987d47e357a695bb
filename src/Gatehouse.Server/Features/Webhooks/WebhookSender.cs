using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>One signed HTTP attempt of one delivery. Redirects are never followed.</summary>
public sealed class WebhookSender(IHttpClientFactory clients, WebhookSecrets secrets, IOptions<WebhooksOptions> options, TimeProvider time)
{
    public const string ClientName = "webhooks";

    public sealed record Attempt(bool Succeeded, int? Status, string? ResponseBody, int DurationMs, string? Error, TimeSpan? RetryAfter, string RequestHeaders);

    public async Task<Attempt> SendAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken ct)
    {
        var messageId = MessageId(delivery.EventId);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var signatures = new List<string> { WebhookSecrets.Sign(secrets.Unprotect(webhook.SecretProtected), messageId, timestamp, delivery.Body) };
        if (webhook.PreviousSecretProtected is not null && webhook.PreviousSecretValidUntil > time.GetUtcNow().UtcDateTime)
            signatures.Add(WebhookSecrets.Sign(secrets.Unprotect(webhook.PreviousSecretProtected), messageId, timestamp, delivery.Body));

        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", string.Join(' ', signatures));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Gatehouse-Webhooks", "1.0"));
        var headers = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["content-type"] = "application/json; charset=utf-8",
            ["webhook-id"] = messageId,
            ["webhook-timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture),
            ["webhook-signature"] = string.Join(' ', signatures),
        });

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var body = await ReadCappedAsync(response.Content, options.Value.ResponseBodyCap, ct);
            var ms = Elapsed(started);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) return new Attempt(true, status, body, ms, null, null, headers);
            var error = status is >= 300 and < 400
                ? $"redirects are not followed (Location: {response.Headers.Location})"
                : $"the receiver answered {status}";
            return new Attempt(false, status, body, ms, error, RetryAfterOf(response), headers);
        }
        // Whatever fails on the way (DNS, refusal, TLS, reset, timeout) is a failed attempt to record, not a crash of the worker.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var refused = FindRefusal(e);
            return new Attempt(false, null, null, Elapsed(started), refused?.Message ?? Describe(e), null, headers);
        }
    }

    public static string MessageId(Guid eventId) => "msg_" + eventId.ToString("N");

    private static int Elapsed(long started) => (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var retry = response.Headers.RetryAfter;
        if (retry?.Delta is { } delta) return delta;
        if (retry?.Date is { } date) return date - time.GetUtcNow();
        return null;
    }

    private static async Task<string> ReadCappedAsync(HttpContent content, int cap, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = new byte[cap];
        var read = 0;
        while (read < cap)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, cap - read), ct);
            if (n == 0) break;
            read += n;
        }
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static WebhookRefusedException? FindRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is WebhookRefusedException refused) return refused;
        return null;
    }

    private static string Describe(Exception e) => e switch
    {
        TaskCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException => "timed out",
        _ => (e.InnerException?.Message ?? e.Message) is { Length: > 300 } m ? m[..300] : e.InnerException?.Message ?? e.Message,
    };
}
