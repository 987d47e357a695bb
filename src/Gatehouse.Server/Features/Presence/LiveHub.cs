using Gatehouse.Server.Features.Roles;
using Gatehouse.Server.Infrastructure.Errors;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// <c>/hubs/live</c>: observers (the admin panel) subscribe to topics. Each topic checks its own
/// permission at subscribe time; the presence topic checks it again whenever the observer's
/// access changes, and ends the subscription when it is gone.
/// </summary>
public sealed class LiveHub(
    LiveSubscriptions subscriptions, PresenceSnapshots snapshots, AccessService access, IHubContext<LiveHub> hub,
    IOptions<PresenceOptions> options, ILogger<PresenceObserver> observerLogger) : Hub
{
    public const string Path = "/hubs/live";
    public const string PresenceTopic = "presence";
    private static readonly string[] Topics = [PresenceTopic];

    /// <summary>Subscribes to a topic; returns the snapshot, then events arrive in batches (client method <c>events</c>).</summary>
    /// <remarks>Events may reach the client before this call returns: apply both by per-user version.</remarks>
    public async Task<PresenceSubscription> Subscribe(string topic, PresenceFilterRequest? filter)
    {
        if (topic != PresenceTopic) throw new HubException(Messages.Get("presence.topic", topic, string.Join(", ", Topics)));
        var ct = Context.ConnectionAborted;
        var userId = SubjectUserIdProvider.UserIdOf(Context);
        var actor = await access.ForUserAsync(userId, ct);
        if (!PresenceAccess.MayObserve(actor)) throw new HubException(Messages.Get("forbidden", Permissions.PresenceRead));

        var v = new Validator();
        var presenceFilter = (filter ?? new PresenceFilterRequest()).Build(await access.RolesAsync(ct), v);
        if (presenceFilter is null) throw new HubException(PresenceRules.Describe(v));

        var seeInvisible = actor!.Has(Permissions.PresenceSeeInvisible);
        var observer = new PresenceObserver(userId, presenceFilter, seeInvisible,
            new LiveHubPresenceSink(hub, Context.ConnectionId, Context), options.Value, observerLogger);
        // Attach first, then read the snapshot: a change in between is queued, never lost; the
        // observer drops queued events the snapshot already covers.
        var position = await subscriptions.AddAsync(Context.ConnectionId, PresenceTopic, observer);
        var snapshot = await snapshots.LiveAsync(presenceFilter, seeInvisible, ct);
        observer.MarkDelivered(snapshot);
        observer.Start();
        return new PresenceSubscription(PresenceTopic, snapshot, position);
    }

    public Task Unsubscribe(string topic) => subscriptions.RemoveAsync(Context.ConnectionId, topic);

    public override Task OnDisconnectedAsync(Exception? exception) => subscriptions.RemoveConnectionAsync(Context.ConnectionId);
}
