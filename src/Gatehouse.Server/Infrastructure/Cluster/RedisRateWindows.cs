using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Infrastructure.Cluster;

/// <summary>
/// The per-address fixed windows of a cluster (sign-in, refresh, invite accept): one counter per
/// (policy, address) in Redis, so an address meets one limit whichever nodes it reaches. A window
/// opens at an address's first request and lasts its length on Redis's clock (the key's TTL), like
/// the in-memory windows of a single node, so the limit never splits over a boundary nodes would
/// each place differently. Keys hold a hash of the address. While Redis is away each limiter
/// counts in this node's own window (warned once), and Redis counts again as soon as it answers.
/// </summary>
public sealed partial class RedisRateWindows(IConnectionMultiplexer redis, RedisStatus status, IOptions<ClusterOptions> cluster, ILogger<RedisRateWindows> logger)
{
    // KEYS: the window's counter. ARGV: permits asked, window ms. Answers the count and the window's ms left.
    private const string CountScript = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          left = tonumber(ARGV[2])
        end
        return {n, left}
        """;

    private readonly string _prefix = cluster.Value.KeyPrefix + ":rate:";
    private volatile bool _usingLocal;

    /// <summary>The partition of one address under one policy, for a policy's <c>RateLimitPartition</c> factory.</summary>
    public RateLimitPartition<string> Get(string policy, string partition, int permitLimit, TimeSpan window) =>
        RateLimitPartition.Get(partition, p => new RedisFixedWindowLimiter(this, Key(policy, p), permitLimit, window));

    /// <summary>Counts permits in the shared window; null when Redis did not answer (the caller decides locally).</summary>
    internal async ValueTask<(long Count, TimeSpan Left)?> CountAsync(RedisKey key, int permits, TimeSpan window)
    {
        try
        {
            var answer = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CountScript, [key], [permits, (long)window.TotalMilliseconds]))!;
            Recovered();
            return ((long)answer[0], TimeSpan.FromMilliseconds((long)answer[1]));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            FellBack(e);
            return null;
        }
    }

    private RedisKey Key(string policy, string partition) =>
        $"{_prefix}{policy}:{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(partition)), 0, 16)}";

    private void FellBack(Exception e)
    {
        status.Failed(e);
        if (_usingLocal) return;
        _usingLocal = true;
        LogFellBack(e);
    }

    private void Recovered()
    {
        if (!_usingLocal) return;
        _usingLocal = false;
        LogRecovered();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: per-address rate limits are counted on this node only until it returns")]
    private partial void LogFellBack(Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: per-address rate limits are counted across the cluster again")]
    private partial void LogRecovered();
}
