using System.Threading.RateLimiting;
using Gatehouse.Server.Infrastructure.Cluster;
using Gatehouse.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>The per-address windows of a cluster against a Redis of the test's own, which it stops and starts again.</summary>
public sealed class RedisRateWindowsTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Two_nodes_share_one_window_and_without_Redis_each_counts_its_own_until_Redis_is_back()
    {
        await using var server = new RedisServerProcess();
        await server.StartAsync();
        var config = ConfigurationOptions.Parse(server.Address);
        // As a node connects (ClusterModule): fail at once while Redis is away, reconnect by itself.
        config.AbortOnConnectFail = false;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ReconnectRetryPolicy = new LinearRetry(100);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(config);
        var warnings = new WarningRecorder();
        using var logs = LoggerFactory.Create(b => b.AddProvider(warnings));
        var cluster = Options.Create(new ClusterOptions { KeyPrefix = "t-" + Guid.NewGuid().ToString("N")[..8] });
        // Two nodes' windows on one Redis.
        var nodeA = new RedisRateWindows(redis, new RedisStatus(redis), cluster, logs.CreateLogger<RedisRateWindows>());
        var nodeB = new RedisRateWindows(redis, new RedisStatus(redis), cluster, logs.CreateLogger<RedisRateWindows>());
        using var onA = Limiter(nodeA, "203.0.113.7");
        using var onB = Limiter(nodeB, "203.0.113.7");

        Assert.True((await onA.AcquireAsync()).IsAcquired);
        Assert.True((await onB.AcquireAsync()).IsAcquired);
        Assert.True((await onA.AcquireAsync()).IsAcquired);
        var refused = await onB.AcquireAsync();
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retry));
        Assert.InRange(retry, TimeSpan.FromMilliseconds(1), Minute);
        // The middleware's synchronous try counts nothing: the request is counted once, on the asynchronous path.
        Assert.False(onA.AttemptAcquire().IsAcquired);

        var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        redis.ConnectionRestored += (_, e) => { if (e.ConnectionType == ConnectionType.Interactive) restored.TrySetResult(); };
        server.Stop();

        // Redis is away: an address is limited by this node's own window, with a Retry-After, and the node says so once.
        using var alone = Limiter(nodeA, "198.51.100.9");
        for (var i = 0; i < 3; i++) Assert.True((await alone.AcquireAsync()).IsAcquired);
        var locally = await alone.AcquireAsync();
        Assert.False(locally.IsAcquired);
        Assert.True(locally.TryGetMetadata(MetadataName.RetryAfter, out var localRetry) && localRetry > TimeSpan.Zero);
        Assert.Single(warnings.Lines, l => l.Contains("per-address rate limits are counted on this node only", StringComparison.Ordinal));

        // Redis is back (empty): the shared count decides again, although this node's own window is full.
        await server.StartAsync();
        await restored.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True((await alone.AcquireAsync()).IsAcquired);
        using var elsewhere = Limiter(nodeB, "198.51.100.9");
        Assert.True((await elsewhere.AcquireAsync()).IsAcquired);
    }

    private static RateLimiter Limiter(RedisRateWindows windows, string ip)
    {
        var partition = windows.Get("login", ip, 3, Minute);
        return partition.Factory(partition.PartitionKey);
    }
}
