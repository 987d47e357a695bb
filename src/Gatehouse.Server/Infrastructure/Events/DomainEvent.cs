using System.Text.Json;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// One committed fact, as subscribers receive it (the envelope of docs/adr/domain-events-outbox.md).
/// </summary>
/// <param name="Id">Unique per event; consumers de-duplicate on it (delivery is at least once).</param>
/// <param name="Type">Dotted lower snake name from <see cref="DomainEventTypes"/>, e.g. <c>user.updated</c>.</param>
/// <param name="AggregateType">What changed: <c>user</c>, <c>role</c>, …</param>
/// <param name="AggregateId">Its id, as text.</param>
/// <param name="AggregateVersion">The aggregate's version after the change (its ETag); older versions can be dropped.</param>
/// <param name="ActorUserId">The signed-in member who made the change, if any.</param>
/// <param name="ActorApiKeyId">The API key that made the change, if any.</param>
/// <param name="TraceParent">W3C trace context of the request that made the change.</param>
/// <param name="Payload">Type-specific data (documented per type in the ADR).</param>
public sealed record DomainEvent(
    Guid Id, string Type, string AggregateType, string AggregateId, long AggregateVersion, DateTimeOffset OccurredAt,
    Guid? ActorUserId, Guid? ActorApiKeyId, string? TraceParent, JsonElement Payload)
{
    /// <summary>Global commit order (1, 2, 3, …); events are delivered in this order.</summary>
    public long Sequence { get; init; }
}
