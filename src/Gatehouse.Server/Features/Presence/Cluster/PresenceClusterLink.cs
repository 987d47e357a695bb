using System.Text.Json;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Cluster;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Gatehouse.Server.Features.Presence.Cluster;

/// <summary>
/// Connects this node's <see cref="RedisPresenceRegistry"/> to the cluster: writes its views,
/// applies merged changes and commands from the channels, renews its heartbeat and expires the
/// members of dead nodes. When Redis fails, changes are applied locally and everything this node
/// holds is written again once Redis is back.
/// </summary>
public sealed partial class PresenceClusterLink(
    RedisPresenceRegistry registry, RedisPresenceStore store, IConnectionMultiplexer redis, RedisStatus status,
    GatewayConnections gateway, PresenceVersionClock clock, IOptions<ClusterOptions> options, ILogger<PresenceClusterLink> logger)
    : BackgroundService
{
    private volatile bool _resync;

    /// <summary>Closes a member's gateway connections on every node.</summary>
    public Task DisconnectEverywhereAsync(Guid userId) =>
        PublishQuietlyAsync(store.CommandsChannel, new PresenceCommand(PresenceCommand.Disconnect, store.NodeId, userId));

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        registry.StatusBroadcast = (id, s, m, e) =>
            PublishQuietlyAsync(store.CommandsChannel, new PresenceCommand(PresenceCommand.SetStatus, store.NodeId, id, s, m, e));
        status.Restored += () => _resync = true;
        var subscriber = redis.GetSubscriber();
        // Ordered queues: one member's changes are applied in the order Redis delivered them.
        (await subscriber.SubscribeAsync(store.ChangesChannel)).OnMessage(m =>
            registry.Apply(JsonSerializer.Deserialize<MergedPresence>(m.Message.ToString(), GatehouseJson.Options)!));
        (await subscriber.SubscribeAsync(store.CommandsChannel)).OnMessage(m =>
            OnCommandAsync(JsonSerializer.Deserialize<PresenceCommand>(m.Message.ToString(), GatehouseJson.Options)!));
        await TryAsync(LoadAsync);
        await base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(WriteLoopAsync(stoppingToken), HeartbeatLoopAsync(stoppingToken));

    private async Task WriteLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            IReadOnlyList<Guid> members;
            try
            {
                members = await registry.WaitForDirtyAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            // Different members in parallel; one member is never twice in a batch.
            await Task.WhenAll(members.Select(WriteAsync));
        }
    }

    private async Task WriteAsync(Guid userId)
    {
        var view = registry.LocalView(userId);
        try
        {
            var offline = view is null ? registry.TakeOffline(userId) : null;
            var merged = await store.PutAsync(store.NodeId, userId, view, offline, clock.Floor);
            registry.Apply(merged);
            await store.PublishAsync(store.ChangesChannel, merged);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            status.Failed(e);
            _resync = true;
            registry.ApplyLocalOnly(userId);
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval);
        var registered = false;
        while (true)
        {
            await TryAsync(async () =>
            {
                // Not registered while we thought we were: survivors took this node for dead and removed its views.
                if (await store.HeartbeatAsync() && registered) _resync = true;
                registered = true;
                if (_resync)
                {
                    _resync = false;
                    await ResyncAsync();
                }
                foreach (var dead in await store.DeadNodesAsync()) await ExpireNodeAsync(dead);
            });
            try
            {
                if (!await timer.WaitForNextTickAsync(ct)) return;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Redis is back (or forgot us): write every view this node holds, drop the ones it no longer holds, re-read everyone.</summary>
    private async Task ResyncAsync()
    {
        LogResync(store.NodeId);
        registry.MarkDirty([.. registry.LocalMembers, .. await store.MembersOfAsync(store.NodeId)]);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        foreach (var merged in await store.LoadLiveAsync()) registry.Apply(merged);
    }

    private async Task ExpireNodeAsync(string node)
    {
        var members = await store.MembersOfAsync(node);
        LogExpiring(node, members.Count);
        foreach (var userId in members)
        {
            var merged = await store.PutAsync(node, userId, null, null, clock.Floor);
            registry.Apply(merged);
            await store.PublishAsync(store.ChangesChannel, merged);
        }
        await store.ForgetNodeAsync(node);
    }

    private async Task OnCommandAsync(PresenceCommand command)
    {
        if (command.Node == store.NodeId) return;
        if (command.Op == PresenceCommand.Disconnect) gateway.AbortUser(command.UserId);
        else if (command.Op == PresenceCommand.SetStatus && command.Status is { } chosen)
            await registry.ApplyRemoteStatusAsync(command.UserId, chosen, command.Message, command.ExpiresAt);
    }

    private async Task PublishQuietlyAsync(RedisChannel channel, object message) =>
        await TryAsync(() => store.PublishAsync(channel, message));

    private async Task TryAsync(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            status.Failed(e);
            _resync = true;
            LogRedisFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis failed; presence is served from this node until it is back")]
    private partial void LogRedisFailed(Exception e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Node {Node} writes its presence to Redis again")]
    private partial void LogResync(string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Node {Node} stopped beating; expiring its {Count} members")]
    private partial void LogExpiring(string node, int count);
}
