namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// Receives committed events, in commit order, at least once: a handler must be idempotent
/// (de-duplicate on <see cref="DomainEvent.Id"/> or apply by version). A handler that throws gets
/// the same event again after a backoff; other subscribers are not held up.
/// </summary>
public interface IDomainEventSubscriber
{
    /// <summary>Stable name: the key of this subscriber's checkpoint in the database. Renaming it replays the retained events.</summary>
    string Name { get; }

    ValueTask HandleAsync(DomainEvent evt, CancellationToken ct);

    /// <summary>
    /// True for work with effects outside this node (webhook deliveries, stored key events, pushes through
    /// the SignalR backplane): in a cluster only the lease holder runs it. False (the default) for what each
    /// node must do for its own connections (live topics, presence access refresh).
    /// </summary>
    bool OncePerCluster => false;
}
