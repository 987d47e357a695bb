using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Backups.Live;

/// <summary>The <c>backups</c> topic takes no filter: there is one run at a time.</summary>
public sealed record BackupsFilter;

/// <param name="Running">The run in progress, if any, so a page opened (or reloaded) during a run shows its bar.</param>
public sealed record BackupsSnapshot(string Topic, BackupJob? Running);

/// <summary>
/// <c>subscribe("backups")</c> (settings.manage, as the backups endpoints): every run, manual or
/// scheduled, as it moves (each phase and whole percent) and when it ends, succeeded with its backup
/// or failed with why. The events are the job as <c>GET /backups/jobs/{id}</c> answers it.
/// </summary>
public sealed class BackupsTopic(BackupsRelay relay, BackupRunner runner) : ILiveTopic
{
    public const string TopicName = "backups";

    public string Name => TopicName;

    public string Permission => Permissions.SettingsManage;

    public Type FilterType => typeof(BackupsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        // Joined before the running job is read: a change in between arrives after the snapshot, never lost.
        var subscription = await relay.JoinAsync(subscriber, ct);
        return new LiveTopicSubscription(new BackupsSnapshot(TopicName, runner.Running), subscription);
    }
}

/// <summary>Pushes the runner's changes to the topic, and ends subscriptions whose holder lost settings.manage.</summary>
public sealed class BackupsRelay : GroupTopicRelay<BackupJob>
{
    public BackupsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, BackupRunner runner)
        : base(hub, scopes, BackupsTopic.TopicName, Permissions.SettingsManage) => runner.Changed += Publish;
}
