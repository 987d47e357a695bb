using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Imports.Live;

/// <summary>Pushes each import's progress to the group of that import, and ends subscriptions whose holder lost users.import.</summary>
public sealed class ImportsRelay : PermissionWatchedRelay
{
    private readonly IHubContext<LiveHub> _hub;
    private readonly ILogger<ImportsRelay> _log;

    public ImportsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, ImportProgress progress, ILogger<ImportsRelay> log)
        : base(scopes, Permissions.UsersImport)
    {
        _hub = hub;
        _log = log;
        progress.Changed += Push;
    }

    public override string Name => "live.imports";

    public GroupSubscription Attach(LiveSubscriber subscriber, Guid importId) =>
        Track(new GroupSubscription(subscriber, _hub, ImportsTopic.TopicName, ImportsTopic.GroupOf(importId)));

    /// <summary>Runs on the import's own thread: the send is queued, never awaited, so a slow observer never slows the import.</summary>
    private void Push(ImportProgress.Snapshot snapshot)
    {
        if (!HasSubscribers) return;
        var send = _hub.Clients.Group(ImportsTopic.GroupOf(snapshot.ImportId))
            .SendAsync(LiveProtocol.EventsMethod, new LiveBatch<ImportProgress.Snapshot>(ImportsTopic.TopicName, [snapshot]));
        _ = send.ContinueWith(t => _log.LogWarning(t.Exception, "Import progress not pushed"), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
