using System.Threading.Channels;
using Gatehouse.Server.Features.Analytics.Windows;
using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Features.Analytics.Cluster;

/// <summary>
/// Cluster mode: publishes this node's closed seconds on a Redis channel, takes every other node's,
/// and closes each merged second <see cref="AnalyticsOptions.ClusterSettle"/> after it ended; the
/// merged second then goes out through <see cref="LiveWindows"/> exactly as a single node's does (5 s and
/// 1 min windows, followers, alert reads, rollups). Without Redis the node keeps closing its own seconds,
/// marked partial, and says so in its log.
/// </summary>
public sealed partial class ClusterWindowExchange : BackgroundService, ILocalSecondSink
{
    private readonly LiveWindows _windows;
    private readonly IConnectionMultiplexer _redis;
    private readonly TimeProvider _time;
    private readonly ILogger<ClusterWindowExchange> _logger;
    private readonly string _node;
    private readonly RedisChannel _channel;
    private readonly SecondMerge _merge;
    private readonly Channel<NodeSecond> _outgoing = Channel.CreateBounded<NodeSecond>(
        new BoundedChannelOptions(30) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private volatile bool _subscribed;
    private volatile bool _publishFailed;
    private bool _warned;
    private long _lateLogged;

    public ClusterWindowExchange(LiveWindows windows, IConnectionMultiplexer redis, IOptions<ClusterOptions> cluster,
        IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<ClusterWindowExchange> logger)
    {
        _windows = windows;
        _redis = redis;
        _time = time;
        _logger = logger;
        _node = cluster.Value.NodeId;
        _channel = RedisChannel.Literal($"{cluster.Value.KeyPrefix}:analytics:seconds");
        _merge = new SecondMerge(_node, options.Value.ClusterSettle, options.Value.ActiveUserWindow);
        windows.HandOffSecondsTo(this);
    }

    /// <summary>Parts that arrived after their second had closed, since start.</summary>
    public long LateParts => _merge.LateParts;

    private bool Degraded => !_subscribed || _publishFailed || !_redis.IsConnected;

    public void Closed(WindowAccumulator second, IReadOnlyList<SeenMember> members)
    {
        var part = new NodeSecond(_node, second, members);
        _merge.Add(part);
        _outgoing.Writer.TryWrite(part);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var publishing = PublishAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_subscribed) await TrySubscribeAsync();
            var now = _time.GetUtcNow();
            // Wake the settle delay after each second boundary, when the other nodes' parts are in.
            var wait = TimeSpan.FromMilliseconds(1000 - now.Millisecond) + _merge.Settle;
            if (wait > TimeSpan.FromSeconds(1)) wait -= TimeSpan.FromSeconds(1);
            wait += TimeSpan.FromMilliseconds(2);
            try
            {
                await Task.Delay(wait, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            CloseDue();
        }
        _outgoing.Writer.TryComplete();
        await publishing;
    }

    private void CloseDue()
    {
        var degraded = Degraded;
        if (degraded != _warned)
        {
            _warned = degraded;
            if (degraded) LogDegraded();
            else LogRestored();
        }
        try
        {
            foreach (var second in _merge.CloseDue(_time.GetUtcNow().UtcDateTime, degraded)) _windows.CloseMerged(second);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in one window must not stop the clock (nor, as an unhandled worker error, the host).
            LogCloseFailed(e);
        }
        var late = _merge.LateParts;
        if (late != _lateLogged)
        {
            LogLate(late - _lateLogged, late);
            _lateLogged = late;
        }
    }

    private async Task TrySubscribeAsync()
    {
        try
        {
            // The multiplexer re-subscribes by itself after a reconnect once a subscription exists.
            await _redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => Received(message));
            _subscribed = true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            _subscribed = false;
        }
    }

    private void Received(RedisValue message)
    {
        if (message.IsNullOrEmpty || NodeSecondCodec.Decode((byte[])message!) is not { } part || part.Node == _node) return;
        _merge.Add(part);
    }

    private async Task PublishAsync(CancellationToken ct)
    {
        var subscriber = _redis.GetSubscriber();
        try
        {
            await foreach (var part in _outgoing.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await subscriber.PublishAsync(_channel, NodeSecondCodec.Encode(part));
                    _publishFailed = false;
                }
                catch (Exception e) when (e is RedisException or TimeoutException)
                {
                    _publishFailed = true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unreachable: live analytics show this node's traffic only (windows marked partial) until it returns")]
    private partial void LogDegraded();

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back: live analytics merge every node's windows again")]
    private partial void LogRestored();

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing the merged analytics windows failed")]
    private partial void LogCloseFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Dropped {Count} late analytics parts from other nodes ({Total} since start)")]
    private partial void LogLate(long count, long total);
}
