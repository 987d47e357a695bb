using System.Threading.RateLimiting;

namespace Gatehouse.Server.Features.Analytics.Ingest;

/// <summary>
/// Per-source token buckets counted in events (not requests): a batch of 200 costs 200 tokens. A source
/// is a member or a site key, each with its own budget per minute (a changed budget starts a new bucket).
/// </summary>
public sealed class IngestLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(Guid Source, int PerMinute)> _limiter = PartitionedRateLimiter.Create<(Guid Source, int PerMinute), (Guid, int)>(key =>
        RateLimitPartition.GetTokenBucketLimiter(key, k => new TokenBucketRateLimiterOptions
        {
            TokenLimit = k.Item2,
            TokensPerPeriod = Math.Max(1, k.Item2 / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Takes <paramref name="events"/> tokens from the source's bucket; otherwise says how many seconds to wait.</summary>
    public bool TryTake(Guid source, int perMinute, int events, out int retryAfterSeconds)
    {
        using var lease = _limiter.AttemptAcquire((source, perMinute), events);
        retryAfterSeconds = 0;
        if (lease.IsAcquired) return true;
        var perSecond = Math.Max(1, perMinute / 60);
        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
            ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(events / (double)perSecond));
        return false;
    }

    public void Dispose() => _limiter.Dispose();
}
