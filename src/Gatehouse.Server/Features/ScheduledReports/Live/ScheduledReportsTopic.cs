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
public sealed class ScheduledReportsTopic(ScheduledReportsRelay relay) : ILiveTopic
{
    public const string TopicName = "scheduled-reports";

    public string Name => TopicName;

    public string Permission => Permissions.ReportsSchedule;

    public Type FilterType => typeof(ScheduledReportsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct) =>
        new(new ScheduledReportsSnapshot(TopicName), await relay.JoinAsync(subscriber, ct));
}

/// <summary>Pushes run changes to the topic, and ends subscriptions whose holder lost reports.schedule.</summary>
public sealed class ScheduledReportsRelay : GroupTopicRelay<ReportRunChange>
{
    public ScheduledReportsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, ReportsLiveFeed feed)
        : base(hub, scopes, ScheduledReportsTopic.TopicName, Permissions.ReportsSchedule) => feed.Changed += Publish;
}
