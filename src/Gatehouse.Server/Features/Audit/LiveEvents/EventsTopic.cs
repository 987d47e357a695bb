using Gatehouse.Server.Features.Roles.Contracts;
using Gatehouse.Server.Infrastructure.Errors;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>Which events to follow; both lists optional and combined with AND.</summary>
/// <param name="Types">Event type names (<c>user.updated</c>) or prefixes (<c>user.*</c>).</param>
/// <param name="AggregateTypes">Aggregate types such as <c>user</c> or <c>role</c>.</param>
public sealed record EventsFilter(IReadOnlyList<string>? Types = null, IReadOnlyList<string>? AggregateTypes = null)
{
    public bool Matches(DomainEvent e) =>
        (Types is not { Count: > 0 } || Types.Any(t => t == e.Type || (t.EndsWith(".*", StringComparison.Ordinal) && e.Type.StartsWith(t[..^1], StringComparison.Ordinal))))
        && (AggregateTypes is not { Count: > 0 } || AggregateTypes.Contains(e.AggregateType));

    /// <summary>The first type that names no event the outbox carries (nor a prefix of one), or null.</summary>
    public string? UnknownType() => Types?.FirstOrDefault(type =>
        !DomainEventTypes.All.Any(known => known == type || (type.EndsWith(".*", StringComparison.Ordinal) && known.StartsWith(type[..^1], StringComparison.Ordinal))));
}

/// <summary>What <c>subscribe("events", filter)</c> returns: no snapshot, the sequence the stream continues after.</summary>
public sealed record EventsSubscription(string Topic, long Version);

/// <summary>
/// <c>subscribe("events", filter)</c>: committed domain events as they are delivered from the
/// outbox (key events of the DESIGN, permission audit.read).
/// </summary>
public sealed class EventsTopic(LiveEventsRelay relay, IHubContext<LiveHub> hub) : ILiveTopic
{
    public const string TopicName = "events";

    public string Name => TopicName;

    public string Permission => Permissions.AuditRead;

    public Type FilterType => typeof(EventsFilter);

    public Task<LiveTopicSubscription> SubscribeAsync(LiveSubscriber subscriber, object? filter, CancellationToken ct)
    {
        var f = (EventsFilter?)filter ?? new EventsFilter();
        if (f.UnknownType() is { } unknown) throw new HubException(Messages.Get("events.type_unknown", unknown));
        var subscription = relay.Attach(new HubEventsSink(subscriber, hub), f);
        subscription.Start();
        return Task.FromResult(new LiveTopicSubscription(new EventsSubscription(TopicName, relay.Position), subscription));
    }
}
