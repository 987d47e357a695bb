using System.Collections.Concurrent;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;
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
public sealed class ScheduledReportsRelay : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<GroupSubscription, byte> _subscriptions = new();
    private readonly IHubContext<LiveHub> _hub;
    private readonly IServiceScopeFactory _scopes;

    public ScheduledReportsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes, ReportsLiveFeed feed)
    {
        _hub = hub;
        _scopes = scopes;
        feed.Changed += change =>
        {
            if (!_subscriptions.IsEmpty)
                _ = _hub.Clients.Group(ScheduledReportsTopic.Group)
                    .SendAsync(LiveProtocol.EventsMethod, new LiveBatch<ReportRunChange>(ScheduledReportsTopic.TopicName, [change]));
        };
    }

    public string Name => "live.scheduled-reports";

    public GroupSubscription Attach(LiveSubscriber subscriber)
    {
        var subscription = new GroupSubscription(subscriber, _hub, ScheduledReportsTopic.TopicName, ScheduledReportsTopic.Group);
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
        return subscription;
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty || evt.AggregateType is not (AggregateTypes.User or AggregateTypes.Role)) return;
        await using var scope = _scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.Subscriber.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.Subscriber.UserId, Permissions.ReportsSchedule, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
