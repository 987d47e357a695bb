using System.Security.Cryptography;
using System.Text;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Features.Auth;

/// <summary>
/// The sign-in throttle of a cluster (see <see cref="ISignInThrottle"/>): the counters live in
/// Redis, so five failures spread over two nodes lock the (e-mail, source) pair on both. One Lua
/// script counts a failure atomically; every key carries a TTL, so Redis memory stays bounded:
/// a pair's count lives <c>LockoutMax</c> after its last failure, its lock exactly as long as the
/// lock (Redis's clock, not the nodes'), an e-mail's backstop count <c>BackstopWindow</c> after its
/// last failure. Keys hold a hash of the e-mail and address, not the e-mail itself.
/// Every failure is also counted in this node's memory: while Redis is away the node checks its
/// own counters (and logs a warning once), so sign-in keeps answering and keeps being limited.
/// </summary>
public sealed partial class RedisSignInThrottle(
    IConnectionMultiplexer redis, RedisStatus status, MemorySignInThrottle local, IOptions<GatehouseOptions> options,
    IOptions<ClusterOptions> cluster, TimeProvider time, ILogger<RedisSignInThrottle> logger) : ISignInThrottle
{
    // KEYS: pair count, pair lock, e-mail count. ARGV: threshold, base ms, max ms, pair TTL ms, backstop window ms.
    private const string FailureScript = """
        local n = redis.call('INCR', KEYS[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        local threshold = tonumber(ARGV[1])
        if n >= threshold then
          local lock = math.min(tonumber(ARGV[2]) * 2 ^ math.min(n - threshold, 16), tonumber(ARGV[3]))
          redis.call('SET', KEYS[2], n, 'PX', string.format('%.0f', lock))
        end
        redis.call('INCR', KEYS[3])
        redis.call('PEXPIRE', KEYS[3], ARGV[5])
        return n
        """;

    private readonly string _prefix = cluster.Value.KeyPrefix + ":signin:";
    private volatile bool _usingLocal;

    public async Task<TimeSpan> LockedForAsync(string normalizedEmail, string? ip, CancellationToken ct)
    {
        try
        {
            var left = await Db.KeyTimeToLiveAsync(Key("lock", SourceOf(normalizedEmail, ip)));
            Recovered();
            return left is { } l && l > TimeSpan.Zero ? l : TimeSpan.Zero;
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            FellBack(e);
            return await local.LockedForAsync(normalizedEmail, ip, ct);
        }
    }

    public async Task SlowDownAsync(string normalizedEmail, CancellationToken ct)
    {
        long failures;
        try
        {
            failures = (long?)await Db.StringGetAsync(Key("email", normalizedEmail)) ?? 0;
            Recovered();
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            FellBack(e);
            await local.SlowDownAsync(normalizedEmail, ct);
            return;
        }
        var s = options.Value.Security;
        if (failures >= s.BackstopThreshold) await Task.Delay(s.BackstopDelay, time, ct);
    }

    public async Task RegisterFailureAsync(string normalizedEmail, string? ip, CancellationToken ct)
    {
        await local.RegisterFailureAsync(normalizedEmail, ip, ct);
        var s = options.Value.Security;
        var source = SourceOf(normalizedEmail, ip);
        try
        {
            await Db.ScriptEvaluateAsync(FailureScript,
                [Key("pair", source), Key("lock", source), Key("email", normalizedEmail)],
                [s.LockoutThreshold, (long)s.LockoutBase.TotalMilliseconds, (long)s.LockoutMax.TotalMilliseconds,
                    (long)s.LockoutMax.TotalMilliseconds, (long)s.BackstopWindow.TotalMilliseconds]);
            Recovered();
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            FellBack(e);
        }
    }

    public async Task RegisterSuccessAsync(string normalizedEmail, string? ip, CancellationToken ct)
    {
        await local.RegisterSuccessAsync(normalizedEmail, ip, ct);
        var source = SourceOf(normalizedEmail, ip);
        try
        {
            await Db.KeyDeleteAsync([Key("pair", source), Key("lock", source), Key("email", normalizedEmail)]);
            Recovered();
        }
        catch (Exception e) when (IsRedisFailure(e))
        {
            FellBack(e);
        }
    }

    private IDatabase Db => redis.GetDatabase();

    private static string SourceOf(string normalizedEmail, string? ip) => $"{ip ?? "unknown"}|{normalizedEmail}";

    /// <summary>A hash, so Redis (and whoever reads its dumps) never holds the e-mail addresses people typed.</summary>
    private RedisKey Key(string kind, string value) =>
        _prefix + kind + ":" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static bool IsRedisFailure(Exception e) => e is RedisException or TimeoutException;

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: sign-in limits and lockouts are counted on this node only until it returns")]
    private partial void LogFellBack(Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: sign-in limits and lockouts are counted across the cluster again")]
    private partial void LogRecovered();
}
