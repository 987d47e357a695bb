using System.Diagnostics.Metrics;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure.Observability;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>
/// The presence meter: changes published (one more sink of every change, so it counts exactly what
/// observers are offered), batches sent to observers, and observers disconnected for falling behind.
/// </summary>
public sealed class PresenceMetrics : IPresenceChangeSink, IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Presence";

    private readonly Meter _meter;
    private readonly Counter<long> _changes;
    private readonly Counter<long> _batches;
    private readonly Counter<long> _batchedUpdates;
    private readonly Counter<long> _slowConsumers;

    public PresenceMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _changes = _meter.CreateCounter<long>("gatehouse.presence.changes", "{change}", "Presence changes published on this node");
        _batches = _meter.CreateCounter<long>("gatehouse.presence.observer.batches", "{batch}", "Batches of presence updates sent to observers");
        _batchedUpdates = _meter.CreateCounter<long>("gatehouse.presence.observer.updates", "{update}", "Presence updates sent to observers (in batches)");
        _slowConsumers = _meter.CreateCounter<long>("gatehouse.presence.observer.slow_consumer_disconnects", "{observer}",
            "Observers disconnected because a send did not complete within the slow-consumer timeout");
    }

    public void Publish(PresenceChange change) => _changes.Add(1);

    public void BatchSent(int updates)
    {
        _batches.Add(1);
        _batchedUpdates.Add(updates);
    }

    public void SlowConsumerDisconnected() => _slowConsumers.Add(1);

    public void Dispose() => _meter.Dispose();
}
