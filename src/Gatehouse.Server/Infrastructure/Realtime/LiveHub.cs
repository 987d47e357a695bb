using System.Text.Json;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>
/// <c>/hubs/live</c>: observers (the admin panel) subscribe to topics registered by features. The
/// hub checks the topic's permission and binds the filter; the topic does the rest and re-checks
/// its permission whenever the observer's access changes.
/// </summary>
public sealed class LiveHub(IEnumerable<ILiveTopic> topics, LiveSubscriptions subscriptions, ILiveAccess access) : Hub
{
    public const string Path = "/hubs/live";

    /// <summary>Subscribes to a topic; returns the topic's snapshot, then events arrive in batches (client method <c>events</c>).</summary>
    /// <remarks>Events may reach the client before this call returns: apply both by version.</remarks>
    public async Task<object> Subscribe(string topic, JsonElement? filter)
    {
        var all = topics.ToList();
        var target = all.FirstOrDefault(t => t.Name == topic)
            ?? throw new HubException(Messages.Get("live.topic", topic, string.Join(", ", all.Select(t => t.Name).Order(StringComparer.Ordinal))));
        var ct = Context.ConnectionAborted;
        var userId = SubjectUserIdProvider.UserIdOf(Context);
        if (!await access.MayAsync(userId, target.Permission, ct)) throw new HubException(Messages.Get("forbidden", target.Permission));

        await subscriptions.EndAsync(Context.ConnectionId, topic);
        var subscription = await target.SubscribeAsync(new LiveSubscriber(Context.ConnectionId, userId, Context), Bind(filter, target.FilterType), ct);
        subscriptions.Add(Context.ConnectionId, topic, subscription.Handle);
        // Disconnected while subscribing: OnDisconnectedAsync may already have run.
        if (ct.IsCancellationRequested) await subscription.Handle.EndAsync(LiveProtocol.ReasonUnsubscribed);
        return subscription.Response;
    }

    public Task Unsubscribe(string topic) => subscriptions.EndAsync(Context.ConnectionId, topic);

    public override Task OnDisconnectedAsync(Exception? exception) => subscriptions.EndConnectionAsync(Context.ConnectionId);

    private static object? Bind(JsonElement? filter, Type type)
    {
        if (filter is not { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } json) return null;
        try
        {
            return json.Deserialize(type, GatehouseJson.Options);
        }
        catch (JsonException e)
        {
            throw new HubException(Messages.Get("live.filter", e.Message));
        }
    }
}
