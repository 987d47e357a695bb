using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// The stream of a human-paced topic whose events every subscriber receives alike (alerts, groups,
/// scheduled reports): one SignalR group carries them. A feature derives one relay per topic and hands
/// each committed change to <see cref="Publish"/>; its topic's <c>SubscribeAsync</c> calls
/// <see cref="JoinAsync"/> before reading the snapshot. A subscription ends when its holder loses the
/// topic's permission (checked on every member or role event that may have changed it).
/// </summary>
/// <typeparam name="TChange">What one event of the topic carries.</typeparam>
public abstract class GroupTopicRelay<TChange> : PermissionWatchedRelay
{
    private readonly IHubContext<LiveHub> _hub;
    private readonly string _topic;

    protected GroupTopicRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, string topic, string permission)
        : base(scopes, permission)
    {
        _hub = hub;
        _topic = topic;
    }

    /// <summary>The checkpoint name <c>live.&lt;topic&gt;</c>.</summary>
    public override string Name => $"live.{_topic}";

    /// <summary>The SignalR group <c>live:&lt;topic&gt;</c>.</summary>
    public string Group => $"live:{_topic}";

    /// <summary>Sends one change to every subscriber (nothing to do when there is none).</summary>
    protected void Publish(TChange change)
    {
        if (!HasSubscribers) return;
        _ = _hub.Clients.Group(Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<TChange>(_topic, [change]));
    }

    /// <summary>
    /// Adds the connection to the topic's group. Call it before reading the snapshot: a change in
    /// between then arrives after the snapshot, never lost.
    /// </summary>
    public async Task<GroupSubscription> JoinAsync(LiveSubscriber subscriber, CancellationToken ct)
    {
        await _hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        return Track(new GroupSubscription(subscriber, _hub, _topic, Group));
    }
}
