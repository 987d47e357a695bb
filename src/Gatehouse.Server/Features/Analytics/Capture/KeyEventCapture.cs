using System.Text.Json;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Infrastructure;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>
/// The key domain events (member created, roles changed, sanction applied, …) from the outbox, as
/// analytics events of the same type; <c>user.created</c> is a sign-up. Delivery is at least once, so
/// recent ids are remembered; events that committed long before they arrive (a new subscriber replaying
/// the retained outbox) are history, not live traffic, and are skipped.
/// </summary>
public sealed class KeyEventCapture(EventPipeline pipeline, TimeProvider time) : IDomainEventSubscriber
{
    private static readonly TimeSpan TooOld = TimeSpan.FromMinutes(5);
    private readonly Queue<Guid> _order = new();
    private readonly HashSet<Guid> _seen = [];

    public string Name => "analytics.key_events";

    public bool OncePerCluster => true;

    public ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now - evt.OccurredAt.UtcDateTime > TooOld || !Remember(evt.Id)) return ValueTask.CompletedTask;
        var userId = evt.ActorUserId ?? (evt.AggregateType == "user" && Guid.TryParse(evt.AggregateId, out var id) ? id : null);
        pipeline.Capture(new RawEvent
        {
            Id = Guid.CreateVersion7(),
            Type = evt.Type.Length > 64 ? evt.Type[..64] : evt.Type,
            Source = EventSources.Server,
            UserId = userId,
            OccurredAt = evt.OccurredAt.UtcDateTime,
            ReceivedAt = now,
            Role = AnalyticsDimensions.Unknown,
            Region = AnalyticsDimensions.Unknown,
            Device = AnalyticsDimensions.Unknown,
            Version = AnalyticsDimensions.Unknown,
            Props = JsonSerializer.Serialize(new { event_id = evt.Id, aggregate_type = evt.AggregateType, aggregate_id = evt.AggregateId }, GatehouseJson.Options),
        });
        return ValueTask.CompletedTask;
    }

    private bool Remember(Guid id)
    {
        if (!_seen.Add(id)) return false;
        _order.Enqueue(id);
        if (_order.Count > 10_000) _seen.Remove(_order.Dequeue());
        return true;
    }
}
