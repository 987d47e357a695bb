using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.ScheduledReports.Live;

/// <summary>The <c>scheduled-reports</c> topic takes no filter.</summary>
public sealed record ScheduledReportsFilter;

/// <summary>What <c>subscribe("scheduled-reports")</c> answers; <see cref="ReportRunChange"/> events follow.</summary>
public sealed record ScheduledReportsSnapshot(string Topic);

/// <summary>
/// <c>subscribe("scheduled-reports")</c> (reports.schedule): each run's status as it changes (running,
/// delivering, delivered, failed), so the runs history moves without reload.
/// </summary>
public sealed class ScheduledReportsTopic(IHubContext<LiveHub> hub, ScheduledReportsRelay relay) : ILiveTopic
{
    public const string TopicName = "scheduled-reports";
    public const string Group = "live:scheduled-reports";

    public string Name => TopicName;

    public string Permission => Permissions.ReportsSchedule;

    public Type FilterType => typeof(ScheduledReportsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        await hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        return new LiveTopicSubscription(new ScheduledReportsSnapshot(TopicName), relay.Attach(subscriber));
    }
}

/// <summary>Pushes run changes to the group, and ends subscriptions whose holder lost reports.schedule.</summary>
public sealed class ScheduledReportsRelay : PermissionWatchedRelay
{
    private readonly IHubContext<LiveHub> _hub;

    public ScheduledReportsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, ReportsLiveFeed feed)
        : base(scopes, Permissions.ReportsSchedule)
    {
        _hub = hub;
        feed.Changed += change =>
        {
            if (HasSubscribers)
                _ = _hub.Clients.Group(ScheduledReportsTopic.Group)
                    .SendAsync(LiveProtocol.EventsMethod, new LiveBatch<ReportRunChange>(ScheduledReportsTopic.TopicName, [change]));
        };
    }

    public override string Name => "live.scheduled-reports";

    public GroupSubscription Attach(LiveSubscriber subscriber) => Track(new GroupSubscription(subscriber, _hub, ScheduledReportsTopic.TopicName, ScheduledReportsTopic.Group));
}
