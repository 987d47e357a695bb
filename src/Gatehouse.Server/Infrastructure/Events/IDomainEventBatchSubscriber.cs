namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// A subscriber whose work per event is mostly the cost of a write transaction (an fsync'd commit
/// each) takes the events the dispatcher read in one call, so a burst of events costs one commit.
/// If the batch throws, the dispatcher hands the same events one by one to
/// <see cref="IDomainEventSubscriber.HandleAsync"/>, so the checkpoint still moves up to the
/// event that fails and a bad event holds back only what follows it.
/// </summary>
public interface IDomainEventBatchSubscriber : IDomainEventSubscriber
{
    /// <param name="events">In commit order; never empty. At least once, like single events.</param>
    ValueTask HandleBatchAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct);
}
