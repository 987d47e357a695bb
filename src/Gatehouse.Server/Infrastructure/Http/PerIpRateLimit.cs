using System.Threading.RateLimiting;
using Gatehouse.Server.Infrastructure.Cluster;

namespace Gatehouse.Server.Infrastructure.Http;

/// <summary>
/// The per-address, per-minute fixed windows of public endpoints (sign-in, refresh, invite accept).
/// A single node counts in memory; a cluster counts in Redis (<see cref="RedisRateWindows"/>), so an
/// address spreading its requests over nodes still meets one limit.
/// </summary>
public static class PerIpRateLimit
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <param name="policy">The policy's name: the partitions of two policies never share a count.</param>
    public static RateLimitPartition<string> PerMinute(HttpContext http, string policy, int permitLimit)
    {
        var ip = ClientInfo.Ip(http) ?? "unknown";
        return http.RequestServices.GetService<RedisRateWindows>() is { } shared
            ? shared.Get(policy, ip, permitLimit, Window)
            : RateLimitPartition.GetFixedWindowLimiter(ip,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = Window, QueueLimit = 0 });
    }
}
