using System.Text.Json;
using Gatehouse.Server.Infrastructure.Observability;
using Gatehouse.Server.Infrastructure.Persistence;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>Adds outbox rows to the request's <see cref="GatehouseDb"/>; <see cref="OutboxSealer"/> numbers them at save.</summary>
public sealed class DomainEvents(GatehouseDb db, ICurrentActorInfo actor, TimeProvider time) : IDomainEvents
{
    private static long _order;

    public void Record(string type, string aggregateType, string aggregateId, long aggregateVersion, object payload) =>
        db.Insert(new OutboxMessage
        {
            Type = type,
            AggregateType = aggregateType,
            AggregateId = aggregateId,
            AggregateVersion = aggregateVersion,
            OccurredAt = time.GetUtcNow().UtcDateTime,
            ActorUserId = actor.UserId,
            ActorApiKeyId = actor.ApiKeyId,
            // The span recording the change (the request's): the dispatcher continues its trace.
            TraceParent = TraceContext.Current,
            Payload = JsonSerializer.Serialize(payload, GatehouseJson.Options),
            LocalOrder = Interlocked.Increment(ref _order),
        });
}
