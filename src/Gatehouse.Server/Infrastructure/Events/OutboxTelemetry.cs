using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Gatehouse.Server.Infrastructure.Observability;

namespace Gatehouse.Server.Infrastructure.Events;

/// <summary>
/// The outbox's meter and spans. Each delivery of an event to a subscriber is a span whose parent is
/// the request that recorded the event, so the request, the committed event and what the subscribers
/// did with it (live pushes, webhook queueing) are one trace.
/// </summary>
public sealed class OutboxTelemetry : IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Events";

    private readonly Meter _meter;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failures;
    private readonly TimeProvider _time;
    /// <summary>Per subscriber: when the oldest event it has read but not yet handled was committed.</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _oldestPending = new();

    public OutboxTelemetry(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        _meter = meters.Create(Name);
        _delivered = _meter.CreateCounter<long>("gatehouse.outbox.delivered", "{event}", "Events handled by a subscriber");
        _failures = _meter.CreateCounter<long>("gatehouse.outbox.failures", "{event}", "Events a subscriber failed on (delivered again after a backoff)");
        _meter.CreateObservableGauge<double>("gatehouse.outbox.lag", ObserveLag, "s",
            "Per subscriber: age of the oldest committed event it has not handled yet (0 when caught up)");
    }

    public ActivitySource Source { get; } = new(Name);

    /// <summary>A span for one event's delivery, child of the request that recorded it.</summary>
    public Activity? StartDelivery(string subscriber, DomainEvent evt) =>
        Source.StartActivity($"deliver {evt.Type} to {subscriber}", ActivityKind.Consumer, TraceContext.Parse(evt.TraceParent), Tags(subscriber, 1)
            .Append(new("gatehouse.event.type", evt.Type)).Append(new("gatehouse.event.sequence", evt.Sequence)));

    /// <summary>A span for a batch: a trace of its own, linked to every request whose events it carries.</summary>
    public Activity? StartBatch(string subscriber, IReadOnlyList<DomainEvent> batch) =>
        Source.StartActivity($"deliver batch to {subscriber}", ActivityKind.Consumer, parentContext: default, Tags(subscriber, batch.Count),
            batch.Select(e => TraceContext.Parse(e.TraceParent)).Where(c => c != default).Distinct().Select(c => new ActivityLink(c)));

    /// <summary>Starts reporting a subscriber's lag, as caught up, until its first read says otherwise.</summary>
    public void Track(string subscriber) => _oldestPending.TryAdd(subscriber, null);

    public void Read(string subscriber, IReadOnlyList<DomainEvent> batch) =>
        _oldestPending[subscriber] = batch.Count == 0 ? null : batch[0].OccurredAt;

    public void Delivered(string subscriber, int count) => _delivered.Add(count, new KeyValuePair<string, object?>("subscriber", subscriber));

    public void Failed(string subscriber) => _failures.Add(1, new KeyValuePair<string, object?>("subscriber", subscriber));

    private IEnumerable<Measurement<double>> ObserveLag()
    {
        var now = _time.GetUtcNow();
        foreach (var (subscriber, oldest) in _oldestPending)
            yield return new Measurement<double>(oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0,
                new KeyValuePair<string, object?>("subscriber", subscriber));
    }

    private static IEnumerable<KeyValuePair<string, object?>> Tags(string subscriber, int count) =>
    [
        new("messaging.system", "gatehouse.outbox"),
        new("messaging.operation.type", "process"),
        new("messaging.destination.name", subscriber),
        new("messaging.batch.message_count", count),
    ];

    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }
}
