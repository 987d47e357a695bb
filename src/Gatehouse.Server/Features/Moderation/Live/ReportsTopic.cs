using Gatehouse.Server.Features.Moderation.Reports;
using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Gatehouse.Server.Features.Moderation.Live;

/// <summary>The <c>reports</c> topic takes no filter: every moderator sees the whole queue.</summary>
public sealed record ReportsFilter;

/// <summary>What <c>subscribe("reports")</c> answers: the queue's counts now; report events follow.</summary>
public sealed record ReportsSnapshot(string Topic, int OpenCount, int BreachedCount);

/// <summary>
/// <c>subscribe("reports")</c> (reports.manage): the report events (created, updated, resolved) as
/// they commit, so the panel's queue and counts move without reload. Reports change at human pace,
/// so a SignalR group carries them; the relay ends subscriptions whose holder lost the permission.
/// </summary>
public sealed class ReportsTopic(IHubContext<LiveHub> hub, ReportsRelay relay, GatehouseDb db, TimeProvider time) : ILiveTopic
{
    public const string TopicName = "reports";
    public const string Group = "live:reports";

    public string Name => TopicName;

    public string Permission => Permissions.ReportsManage;

    public Type FilterType => typeof(ReportsFilter);

    public async Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        // Joined before the counts are read: an event in between arrives after the snapshot, never lost.
        await hub.Groups.AddToGroupAsync(subscriber.ConnectionId, Group, ct);
        var subscription = relay.Attach(subscriber, hub);
        var now = time.GetUtcNow().UtcDateTime;
        var open = db.Set<Report>().AsNoTracking().Where(r => r.Status == ReportStatuses.Open || r.Status == ReportStatuses.Assigned);
        var snapshot = new ReportsSnapshot(TopicName, await open.CountAsync(ct), await open.CountAsync(r => r.DueAt <= now, ct));
        return new LiveTopicSubscription(snapshot, subscription);
    }
}
