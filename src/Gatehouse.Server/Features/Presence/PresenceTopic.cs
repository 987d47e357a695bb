using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Presence;

/// <summary>
/// <c>subscribe("presence", filter)</c> on the live hub: the snapshot of the watched members, then
/// their changes, coalesced per observer. Access is re-checked on every change of roles or of the
/// observer's account (<see cref="PresenceAccessRefresh"/>).
/// </summary>
public sealed class PresenceTopic(
    AccessService access, PresenceFanout fanout, PresenceSnapshots snapshots, IHubContext<LiveHub> hub,
    IOptions<PresenceOptions> options, PresenceMetrics metrics, ILogger<PresenceObserver> observerLogger, TimeProvider time,
    PresenceMemberCards cards) : ILiveTopic
{
    public const string TopicName = "presence";

    public string Name => TopicName;

    public string Permission => Permissions.PresenceRead;

    public Type FilterType => typeof(PresenceFilterRequest);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        var actor = await access.ForUserAsync(subscriber.UserId, ct);
        if (!PresenceAccess.MayObserve(actor, time.GetUtcNow().UtcDateTime)) throw new HubException(Messages.Get("forbidden", Permissions.PresenceRead));

        var v = new Validator();
        var presenceFilter = ((PresenceFilterRequest?)filter ?? new PresenceFilterRequest()).Build(await access.RolesAsync(ct), v)
            ?? throw new HubException(PresenceRules.Describe(v));

        var seeInvisible = actor!.Has(Permissions.PresenceSeeInvisible);
        var observer = new PresenceObserver(subscriber.UserId, presenceFilter, seeInvisible,
            new LiveHubPresenceSink(hub, subscriber.ConnectionId, subscriber.Context), options.Value, metrics, observerLogger, cards)
        {
            NamesMembers = actor.Has(Permissions.UsersRead),
        };
        observer.Ended += fanout.Detach;
        // Attach first, then read the snapshot: a change in between is queued, never lost; the
        // observer drops queued events the snapshot already covers.
        var position = fanout.Attach(observer);
        var snapshot = await snapshots.LiveAsync(presenceFilter, seeInvisible, ct);
        // Named here rather than by a second request from the client: the list renders named at once.
        if (observer.NamesMembers) snapshot = await cards.NameAsync(snapshot, [], ct);
        observer.MarkDelivered(snapshot);
        observer.Start();
        return new LiveTopicSubscription(new PresenceSubscription(TopicName, snapshot, position), observer);
    }
}
