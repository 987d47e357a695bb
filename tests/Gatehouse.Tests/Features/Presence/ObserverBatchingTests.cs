using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Gatehouse.Server.Features.Presence;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Observers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>
/// An observer's batching is driven by its connection, not by a clock: a change goes out as soon
/// as nothing is in flight (written by the publisher itself); what arrives during a send leaves
/// together once the send completes.
/// The sink here holds every send open until the test lets it finish, standing in for a busy connection.
/// </summary>
public sealed class ObserverBatchingTests
{
    private static readonly TimeSpan Timeout = LiveClients.Timeout;

    [Fact]
    public async Task A_change_goes_out_at_once_and_changes_during_a_send_leave_together_when_it_completes()
    {
        var sink = new HeldSink();
        await using var observer = Start(sink, maxBatchSize: 500);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        observer.Value.Enqueue(1, Update(a, 1));
        var first = await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([a], first.Select(e => e.Event.UserId));

        // The first send is still in flight: these coalesce (b's later version replaces its earlier one).
        observer.Value.Enqueue(2, Update(b, 1));
        observer.Value.Enqueue(3, Update(c, 1));
        observer.Value.Enqueue(4, Update(b, 2));
        Assert.False(sink.Sent.Reader.TryRead(out _));

        sink.Complete();
        var second = await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([(c, 1L), (b, 2L)], second.Select(e => (e.Event.UserId, e.Event.Version)));
    }

    [Fact]
    public async Task With_nothing_in_flight_the_publisher_writes_the_change_itself_and_a_write_that_waits_goes_to_the_loop()
    {
        var sink = new HeldSink();
        await using var observer = Start(sink, maxBatchSize: 500);
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        sink.Complete(); // the connection takes the next write at once
        observer.Value.Enqueue(1, Update(a, 1));
        // Written before Enqueue returned: no thread hop to the observer's loop.
        Assert.True(sink.Sent.Reader.TryRead(out var first));
        Assert.Equal([a], first.Select(e => e.Event.UserId));

        // This write cannot finish at once: the loop takes it over, and nothing else is written until it completes.
        observer.Value.Enqueue(2, Update(b, 1));
        Assert.True(sink.Sent.Reader.TryRead(out var second));
        Assert.Equal([b], second.Select(e => e.Event.UserId));
        observer.Value.Enqueue(3, Update(c, 1));
        Assert.False(sink.Sent.Reader.TryRead(out _));

        sink.Complete();
        var third = await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([c], third.Select(e => e.Event.UserId));
    }

    [Fact]
    public async Task A_pile_larger_than_the_bound_leaves_oldest_first_in_several_sends()
    {
        var sink = new HeldSink();
        await using var observer = Start(sink, maxBatchSize: 2);
        var users = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();

        observer.Value.Enqueue(1, Update(users[0], 1));
        await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        for (var i = 1; i < users.Length; i++) observer.Value.Enqueue(i + 1, Update(users[i], 1));

        var batches = new List<Guid[]>();
        for (var sent = 0; sent < users.Length - 1;)
        {
            sink.Complete();
            var batch = await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
            batches.Add([.. batch.Select(e => e.Event.UserId)]);
            sent += batch.Count;
        }
        Assert.Equal([[users[1], users[2]], [users[3], users[4]], [users[5]]], batches);
    }

    [Fact]
    public async Task A_version_already_sent_is_never_sent_again()
    {
        var sink = new HeldSink();
        await using var observer = Start(sink, maxBatchSize: 500);
        var a = Guid.NewGuid();

        observer.Value.Enqueue(1, Update(a, 5));
        await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        observer.Value.Enqueue(2, Update(a, 4)); // older than what went out: stale
        observer.Value.Enqueue(3, Update(a, 6));
        sink.Complete();

        var next = await sink.Sent.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        Assert.Equal([6L], next.Select(e => e.Event.Version));
    }

    private static Running Start(HeldSink sink, int maxBatchSize)
    {
        var options = new PresenceOptions { MaxBatchSize = maxBatchSize };
        var observer = new PresenceObserver(Guid.NewGuid(), PresenceFilter.Everyone, seeInvisible: false, sink, options,
            new PresenceMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()), NullLogger.Instance);
        observer.Start();
        return new Running(observer);
    }

    private static PresenceUpdate Update(Guid userId, long version) =>
        new(PresenceUpdate.EventType, userId, "online", null, null, ClientStatus.None, null, [], version);

    private sealed class Running(PresenceObserver observer) : IAsyncDisposable
    {
        public PresenceObserver Value => observer;

        public async ValueTask DisposeAsync() => await observer.EndAsync(PresenceObserver.ReasonUnsubscribed);
    }

    /// <summary>Records each batch, then keeps the send in flight until <see cref="Complete"/>.</summary>
    private sealed class HeldSink : IPresenceBatchSink
    {
        private readonly Channel<bool> _releases = Channel.CreateUnbounded<bool>();

        public Channel<IReadOnlyList<(long Position, PresenceUpdate Event)>> Sent { get; } =
            Channel.CreateUnbounded<IReadOnlyList<(long Position, PresenceUpdate Event)>>();

        public void Complete() => _releases.Writer.TryWrite(true);

        public async Task SendAsync(IReadOnlyList<(long Position, PresenceUpdate Event)> events, CancellationToken ct)
        {
            Sent.Writer.TryWrite([.. events]);
            await _releases.Reader.ReadAsync(ct);
        }

        public Task KeepAliveAsync(CancellationToken ct) => Task.CompletedTask;

        public Task EndAsync(string reason, CancellationToken ct) => Task.CompletedTask;

        public void Abort()
        {
        }
    }
}
