using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.SiteIntegration;

/// <summary>
/// Connections each source may open per minute (a fixed window per source). API-key calls to
/// <c>POST /site-tokens</c> already count against the key's own per-minute limit.
/// </summary>
public sealed class SourceRateLimits(IOptions<SiteOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(source =>
        RateLimitPartition.GetFixedWindowLimiter(source, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ConnectionsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when the source may open one more connection now.</summary>
    public bool TryAcquire(string source)
    {
        using var lease = _limiter.AttemptAcquire(source);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
