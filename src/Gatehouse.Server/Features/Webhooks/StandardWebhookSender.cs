using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Features.Webhooks.Contracts;
using Gatehouse.Server.Infrastructure.Http;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace Gatehouse.Server.Features.Webhooks;

/// <summary>The signed POST behind webhook deliveries and every other feature's webhook (<see cref="ISignedWebhookSender"/>).</summary>
public sealed class StandardWebhookSender(IHttpClientFactory clients, IOptions<WebhooksOptions> options, TimeProvider time) : ISignedWebhookSender
{
    public const string ClientName = "webhooks";
    /// <summary>Its own connection pool, so a connection opened under the loopback allowance never serves a message without it.</summary>
    public const string LoopbackClientName = "webhooks-loopback";

    public async Task<SignedWebhookResult> SendAsync(SignedWebhook message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = string.Join(' ', message.Secrets.Select(s => new StandardWebhook(s).Sign(message.MessageId, now, message.Body)));
        using var request = new HttpRequestMessage(HttpMethod.Post, message.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", signature);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(message.Agent, "1.0"));
        var headers = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["content-type"] = "application/json; charset=utf-8",
            ["webhook-id"] = message.MessageId,
            ["webhook-timestamp"] = timestamp,
            ["webhook-signature"] = signature,
        });

        var client = clients.CreateClient(message.AllowLoopback && !options.Value.AllowLoopback ? LoopbackClientName : ClientName);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (message.Timeout is { } timeout) limit.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var body = await ReadCappedAsync(response.Content, options.Value.ResponseBodyCap, limit.Token);
            var ms = Elapsed(started);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) return new SignedWebhookResult(true, status, body, ms, null, null, headers);
            var error = status is >= 300 and < 400
                ? $"redirects are not followed (Location: {response.Headers.Location})"
                : $"the receiver answered {status}";
            return new SignedWebhookResult(false, status, body, ms, error, RetryAfterOf(response), headers);
        }
        // Whatever fails on the way (DNS, refusal, TLS, reset, timeout) is a failed attempt to record, not a crash of the caller.
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            var refused = FindRefusal(e);
            return new SignedWebhookResult(false, null, null, Elapsed(started), refused?.Message ?? Describe(e), null, headers);
        }
    }

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
        OperationCanceledException or TimeoutException or Polly.Timeout.TimeoutRejectedException => "timed out",
        _ => (e.InnerException?.Message ?? e.Message) is { Length: > 300 } m ? m[..300] : e.InnerException?.Message ?? e.Message,
    };
}
