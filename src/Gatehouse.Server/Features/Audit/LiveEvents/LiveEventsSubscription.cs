using System.Threading.Channels;
using Gatehouse.Server.Infrastructure.Events;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Audit.LiveEvents;

/// <summary>
/// One client following the <c>events</c> topic: a bounded queue drained by its own loop, so a
/// slow client holds up nobody. A client that lets the queue fill is dropped (it resubscribes and
/// reads what it missed from the audit log, or resumes an SSE stream from its last event id).
/// </summary>
public sealed class LiveEventsSubscription(IEventsSink sink, EventsFilter filter) : ILiveSubscription
{
    public const int QueueLimit = 1024;

    private readonly Channel<DomainEvent> _queue = Channel.CreateBounded<DomainEvent>(new BoundedChannelOptions(QueueLimit) { SingleReader = true });
    private readonly List<Action> _whenEnded = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _endedFlag;
    private long _sentUpTo;

    public Guid UserId => sink.UserId;

    public EventsFilter Filter { get; } = filter;

    /// <summary>Completes once the subscription has ended, whoever ended it.</summary>
    public Task Completion => _ended.Task;

    /// <summary>
    /// Starts sending what is queued, skipping events up to <paramref name="alreadySent"/> (a
    /// resumed stream has sent them from the outbox already).
    /// </summary>
    public void Start(long alreadySent = 0)
    {
        _sentUpTo = alreadySent;
        _ = Task.Run(PumpAsync);
    }

    public async Task OfferAsync(DomainEvent evt)
    {
        if (!_queue.Writer.TryWrite(evt)) await EndAsync(LiveProtocol.ReasonSlowConsumer);
    }

    public async Task EndAsync(string reason)
    {
        if (Interlocked.Exchange(ref _endedFlag, 1) != 0) return;
        _queue.Writer.TryComplete();
        List<Action> callbacks;
        lock (_whenEnded) callbacks = [.. _whenEnded];
        foreach (var callback in callbacks) callback();
        try
        {
            if (reason == LiveProtocol.ReasonSlowConsumer) sink.Abort();
            else await sink.SendEndedAsync(reason);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // Best effort: the connection may be gone already.
        }
        finally
        {
            _ended.TrySetResult(); // after the notice, so a stream that ends with it has written it
        }
    }

    public void OnEnded(Action whenEnded)
    {
        lock (_whenEnded) _whenEnded.Add(whenEnded);
        if (Volatile.Read(ref _endedFlag) != 0) whenEnded();
    }

    private async Task PumpAsync()
    {
        var batch = new List<DomainEvent>();
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < 100 && _queue.Reader.TryRead(out var evt))
                    if (evt.Sequence > _sentUpTo) batch.Add(evt);
                if (batch.Count == 0) continue;
                await sink.SendAsync([.. batch]);
                _sentUpTo = batch[^1].Sequence;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            await EndAsync(LiveProtocol.ReasonUnsubscribed);
        }
    }
}
