using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.RateLimiting;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Gatehouse.Server.Features.ApiKeys;

/// <summary>
/// One fixed one-minute window per key (the framework's partitioned limiter), and the
/// <c>RateLimit-Limit</c>/<c>-Remaining</c>/<c>-Reset</c> headers (IETF draft) on every key-authenticated answer.
/// </summary>
public sealed class ApiKeyRateLimits(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>When each key's current series of windows started, to tell clients when the next one opens.</summary>
    private readonly ConcurrentDictionary<Guid, long> _windowStarts = new();

    public PartitionedRateLimiter<HttpContext> Limiter { get; private set; } = null!;

    public PartitionedRateLimiter<HttpContext> Build() => Limiter = PartitionedRateLimiter.Create<HttpContext, Guid>(http =>
        http.Features.Get<ApiKeyRequest>() is { } key
            ? RateLimitPartition.GetFixedWindowLimiter(key.KeyId, _ =>
            {
                _windowStarts[key.KeyId] = time.GetTimestamp();
                return new FixedWindowRateLimiterOptions { PermitLimit = key.RateLimitPerMinute, Window = Window, QueueLimit = 0 };
            })
            : RateLimitPartition.GetNoLimiter(Guid.Empty));

    public int SecondsToReset(Guid keyId)
    {
        if (!_windowStarts.TryGetValue(keyId, out var start)) return (int)Window.TotalSeconds;
        var into = time.GetElapsedTime(start).Ticks % Window.Ticks;
        return Math.Max(1, (int)Math.Ceiling(TimeSpan.FromTicks(Window.Ticks - into).TotalSeconds));
    }

    public void WriteHeaders(HttpContext http, ApiKeyRequest key)
    {
        var remaining = Limiter.GetStatistics(http)?.CurrentAvailablePermits ?? key.RateLimitPerMinute;
        var headers = http.Response.Headers;
        headers["RateLimit-Limit"] = key.RateLimitPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = SecondsToReset(key.KeyId).ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Policy"] = $"{key.RateLimitPerMinute};w=60";
    }

    /// <summary>Installs the key limiter as the global one and answers its refusals; other refusals keep their own answer.</summary>
    public static void Configure(RateLimiterOptions o, ApiKeyRateLimits limits)
    {
        o.GlobalLimiter = limits.Build();
        var others = o.OnRejected;
        o.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            if (http.Features.Get<ApiKeyRequest>() is not { } key || http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null)
            {
                if (others is not null) await others(context, ct);
                return;
            }
            var wait = limits.SecondsToReset(key.KeyId);
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(http, 429, "rate-limited",
                Messages.Get("apikey.rate_limited", key.RateLimitPerMinute, wait), new Dictionary<string, object?> { ["retry_after_seconds"] = wait });
        };
    }
}
