using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Client;

/// <summary>
/// Checks an incoming Gatehouse webhook (Standard Webhooks): <c>webhook-signature</c> holds one or more
/// <c>v1,&lt;base64 HMAC-SHA256 of id.timestamp.body&gt;</c> (two while a secret rotates), keyed with the
/// <c>whsec_</c> secret; the timestamp must be within the tolerance, so a captured delivery cannot be replayed later.
/// </summary>
public static class WebhookSignature
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <param name="body">The raw request body, exactly as received (before any JSON parsing).</param>
    public static bool Verify(string secret, string? webhookId, string? webhookTimestamp, string? webhookSignature, string body,
        TimeProvider? time = null, TimeSpan? tolerance = null)
    {
        if (string.IsNullOrEmpty(webhookId) || string.IsNullOrEmpty(webhookSignature)
            || !long.TryParse(webhookTimestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        var now = (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (tolerance ?? DefaultTolerance).TotalSeconds) return false;
        if (!secret.StartsWith("whsec_", StringComparison.Ordinal)) throw new ArgumentException("A Gatehouse webhook secret starts with whsec_.", nameof(secret));

        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{webhookId}.{webhookTimestamp}.{body}"));
        Span<byte> given = stackalloc byte[64];
        foreach (var part in webhookSignature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith("v1,", StringComparison.Ordinal)) continue;
            if (Convert.TryFromBase64String(part[3..], given, out var length)
                && CryptographicOperations.FixedTimeEquals(given[..length], expected)) return true;
        }
        return false;
    }

    /// <summary>The same check with the request's headers (any dictionary-like lookup of header names).</summary>
    public static bool Verify(string secret, Func<string, string?> header, string body, TimeProvider? time = null, TimeSpan? tolerance = null) =>
        Verify(secret, header("webhook-id"), header("webhook-timestamp"), header("webhook-signature"), body, time, tolerance);
}
