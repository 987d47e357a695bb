using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>Per-source token buckets counted in events (not requests): a batch of 200 costs 200 tokens.</summary>
public sealed class IngestLimiter(IOptions<AnalyticsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter = PartitionedRateLimiter.Create<Guid, Guid>(source =>
        RateLimitPartition.GetTokenBucketLimiter(source, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.EventsPerMinutePerSource,
            TokensPerPeriod = Math.Max(1, options.Value.EventsPerMinutePerSource / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes <paramref name="events"/> tokens; otherwise says how many seconds to wait.</summary>
    public bool TryTake(Guid source, int events, out int retryAfterSeconds)
    {
        using var lease = _limiter.AttemptAcquire(source, events);
        retryAfterSeconds = 0;
        if (lease.IsAcquired) return true;
        var perSecond = Math.Max(1, options.Value.EventsPerMinutePerSource / 60);
        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(events / (double)perSecond));
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
