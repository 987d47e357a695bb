using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// One address's fixed window under one policy, counted in Redis by <see cref="RedisRateWindows"/>.
/// Every request is also counted in a node-local fixed window of the same size, which decides alone
/// while Redis does not answer: the node keeps limiting, with its own share of the traffic.
/// The local window is replenished by the framework's partitioned limiter (a replenishing limiter
/// that does not replenish itself), which also drops this limiter once the local window is idle.
/// </summary>
public sealed class RedisFixedWindowLimiter : ReplenishingRateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);

    // Refused without a reason: see AttemptAcquireCore.
    private static readonly RateLimitLease Deferred = new Lease(false, null);

    private readonly RedisRateWindows _windows;
    private readonly RedisKey _key;
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly FixedWindowRateLimiter _local;

    internal RedisFixedWindowLimiter(RedisRateWindows windows, RedisKey key, int permitLimit, TimeSpan window)
    {
        _windows = windows;
        _key = key;
        _permitLimit = permitLimit;
        _window = window;
        _local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = false,
        });
    }

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override bool IsAutoReplenishing => false;

    public override TimeSpan ReplenishmentPeriod => _local.ReplenishmentPeriod;

    public override bool TryReplenish() => _local.TryReplenish();

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    /// <summary>
    /// The rate-limiting middleware tries synchronously first and, when refused, waits on
    /// <see cref="AcquireAsyncCore"/>. Counting needs Redis, so nothing is counted here: the
    /// refusal only sends the request on to the asynchronous path, where it is counted once.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var local = _local.AttemptAcquire(permitCount);
        if (await _windows.CountAsync(_key, permitCount, _window) is not { } shared) return local;
        // A fixed window's permit is never given back, so the local count stands whichever verdict wins.
        local.Dispose();
        return shared.Count <= _permitLimit ? Granted : new Lease(false, shared.Left > TimeSpan.Zero ? shared.Left : _window);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _local.Dispose();
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _local.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
