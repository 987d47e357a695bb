using System.Collections.Concurrent;
using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Moderation.Live;

/// <summary>The outbox subscriber behind the <c>reports</c> topic.</summary>
public sealed class ReportsRelay(IHubContext<LiveHub> hub, IServiceScopeFactory scopes) : IDomainEventSubscriber
{
    private readonly ConcurrentDictionary<GroupSubscription, byte> _subscriptions = new();

    public string Name => "live.reports";

    public GroupSubscription Attach(LiveSubscriber subscriber, IHubContext<LiveHub> context)
    {
        var subscription = new GroupSubscription(subscriber, context, ReportsTopic.TopicName, ReportsTopic.Group);
        _subscriptions[subscription] = 0;
        subscription.OnEnded(() => _subscriptions.TryRemove(subscription, out _));
        return subscription;
    }

    public async ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (_subscriptions.IsEmpty) return;
        if (evt.AggregateType is AggregateTypes.User or AggregateTypes.Role)
        {
            await RecheckAccessAsync(evt, ct);
            return;
        }
        if (evt.AggregateType != ReportEvents.AggregateType) return;
        await hub.Clients.Group(ReportsTopic.Group).SendAsync(LiveProtocol.EventsMethod, new LiveBatch<DomainEvent>(ReportsTopic.TopicName, [evt]), ct);
    }

    private async Task RecheckAccessAsync(DomainEvent evt, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ILiveAccess>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (evt.AggregateType == AggregateTypes.User && evt.AggregateId != subscription.Subscriber.UserId.ToString()) continue;
            if (!await access.MayAsync(subscription.Subscriber.UserId, Permissions.ReportsManage, ct))
                await subscription.EndAsync(LiveProtocol.ReasonForbidden);
        }
    }
}
