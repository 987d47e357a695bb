using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Imports.Live;

/// <param name="ImportId">The import to follow (required).</param>
public sealed record ImportsFilter(Guid? ImportId);

/// <summary>What <c>subscribe("imports", {import_id})</c> answers: the import's progress now; <see cref="ImportProgress.Snapshot"/> events follow.</summary>
public sealed record ImportsSubscription(string Topic, ImportProgress.Snapshot Progress);

/// <summary>
/// <c>subscribe("imports", {import_id})</c> (users.import): a running preview's or commit's rows checked
/// and written, with an ETA, pushed as the pass goes; the last event has <c>running: false</c>.
/// </summary>
public sealed class ImportsTopic(IHubContext<LiveHub> hub, ImportsRelay relay, ImportProgress progress, GatehouseDb db) : ILiveTopic
{
    public const string TopicName = "imports";

    public static string GroupOf(Guid importId) => $"live:imports:{importId:N}";

    public string Name => TopicName;

    public string Permission => Permissions.UsersImport;

    public Type FilterType => typeof(ImportsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        if (filter is not ImportsFilter { ImportId: { } id }) throw new HubException(ImportText.Get("live.import_id"));
        // Joined before the progress is read: an event in between arrives after the snapshot, never lost.
        await hub.Groups.AddToGroupAsync(subscriber.ConnectionId, GroupOf(id), ct);
        var subscription = relay.Attach(subscriber, id);
        if (await progress.CurrentAsync(id, db, ct) is { } now) return new LiveTopicSubscription(new ImportsSubscription(TopicName, now), subscription);
        await subscription.EndAsync(LiveProtocol.ReasonUnsubscribed);
        throw new HubException(ImportText.Get("unknown"));
    }
}
