using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>A real subscriber of the server's outbox that keeps what it receives and lets a test await an event.</summary>
public class RecordingSubscriber : IDomainEventSubscriber
{
    private readonly List<DomainEvent> _received = [];
    private readonly List<(Func<DomainEvent, bool> Match, TaskCompletionSource<DomainEvent> Done)> _waiters = [];

    public virtual string Name => "test.recorder";

    public IReadOnlyList<DomainEvent> Received
    {
        get { lock (_received) return [.. _received]; }
    }

    public virtual ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        lock (_received)
        {
            _received.Add(evt);
            foreach (var waiter in _waiters.Where(w => w.Match(evt)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(evt);
            }
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Completes when a matching event has been delivered (at once if it already was).</summary>
    public Task<DomainEvent> WaitForAsync(Func<DomainEvent, bool> match, TimeSpan? timeout = null)
    {
        var done = new TaskCompletionSource<DomainEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_received)
        {
            if (_received.FirstOrDefault(match) is { } seen) return Task.FromResult(seen);
            _waiters.Add((match, done));
        }
        return done.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15));
    }

    public Task<DomainEvent> WaitForAsync(string type, string aggregateId, TimeSpan? timeout = null) =>
        WaitForAsync(e => e.Type == type && e.AggregateId == aggregateId, timeout);
}

/// <summary>Fails on every event about one aggregate until allowed to succeed: the dispatcher must retry it and not hold others up.</summary>
public sealed class FlakySubscriber : RecordingSubscriber
{
    private int _failures;

    public override string Name => "test.flaky";

    public string? FailOnAggregate { get; set; }

    public int FailuresLeft { get; set; }

    public int Failures => _failures;

    public override ValueTask HandleAsync(DomainEvent evt, CancellationToken ct)
    {
        if (evt.AggregateId == FailOnAggregate && FailuresLeft > 0)
        {
            FailuresLeft--;
            Interlocked.Increment(ref _failures);
            throw new InvalidOperationException("refused on purpose");
        }
        return base.HandleAsync(evt, ct);
    }
}

/// <summary>
/// Takes events in batches; refuses a batch holding an event about one aggregate (once), so the
/// dispatcher must hand the same events one by one. The batches it saw are kept.
/// </summary>
public sealed class BatchingSubscriber : RecordingSubscriber, IDomainEventBatchSubscriber
{
    private readonly List<IReadOnlyList<DomainEvent>> _batches = [];

    public override string Name => "test.batching";

    public string? RefuseBatchWith { get; set; }

    public IReadOnlyList<IReadOnlyList<DomainEvent>> Batches
    {
        get { lock (_batches) return [.. _batches]; }
    }

    public async ValueTask HandleBatchAsync(IReadOnlyList<DomainEvent> events, CancellationToken ct)
    {
        if (RefuseBatchWith is { } refused && events.Any(e => e.AggregateId == refused))
        {
            RefuseBatchWith = null;
            throw new InvalidOperationException("batch refused on purpose");
        }
        lock (_batches) _batches.Add([.. events]);
        foreach (var evt in events) await HandleAsync(evt, ct);
    }
}
