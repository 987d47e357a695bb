using System.Collections.Concurrent;
using Gatehouse.Server.Features.Presence;
using Gatehouse.Server.Features.Presence.Gateway;
using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Features.Presence.Registry;
using Gatehouse.Server.Features.Users.Contracts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>
/// The sweep over more users than one chunk: it gives its thread back between chunks (so a gateway change queued
/// meanwhile is not held up by the whole walk) and still sweeps every user in the one call.
/// </summary>
public sealed class PresenceSweepTests
{
    private sealed class RecordingSink : IPresenceChangeSink
    {
        public ConcurrentBag<PresenceChange> Changes { get; } = [];

        public void Publish(PresenceChange change) => Changes.Add(change);
    }

    /// <summary>Holds what is posted to it until the test runs it, so "gave its thread back" can be seen, not raced.</summary>
    private sealed class HeldContext : SynchronizationContext
    {
        private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();

        public int Held => _posted.Count;

        public override void Post(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));

        public void RunNext()
        {
            var (callback, state) = _posted.Dequeue();
            callback(state);
        }
    }

    [Fact]
    public async Task A_sweep_over_several_chunks_yields_between_them_and_still_marks_every_idle_session()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero));
        var options = new PresenceOptions();
        var sink = new RecordingSink();
        var registry = new InMemoryPresenceRegistry([sink], new PresenceVersionClock(time), time, Options.Create(options));
        var users = InMemoryPresenceRegistry.SweepChunk * 2 + 7;
        for (var i = 0; i < users; i++)
        {
            var id = Guid.NewGuid();
            var session = new GatewaySession($"c{i}", id, ClientPlatform.Web, time.GetUtcNow().ToUnixTimeMilliseconds());
            await registry.ConnectAsync(session, new PresenceSeed(id, $"user{i}", [], ChosenStatus.Online, null, null, null), CancellationToken.None);
        }
        sink.Changes.Clear();

        // Nothing is due yet: a sweep changes nothing.
        await registry.SweepAsync(CancellationToken.None);
        Assert.Empty(sink.Changes);

        time.Advance(options.IdleAfter + TimeSpan.FromSeconds(1));
        var held = new HeldContext();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(held);
        var yields = 0;
        try
        {
            var sweep = registry.SweepAsync(CancellationToken.None);
            while (!sweep.IsCompleted)
            {
                // The sweep handed its thread back after a chunk; the rest waits for whoever runs the queue.
                Assert.Equal(1, held.Held);
                Assert.Equal(InMemoryPresenceRegistry.SweepChunk * (yields + 1), sink.Changes.Count);
                yields++;
                held.RunNext();
            }
            await sweep;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.Equal(2, yields);

        var idle = sink.Changes.Where(c => c.Full.Status == UserStatuses.Idle).Select(c => c.UserId).Distinct().Count();
        Assert.Equal(users, idle);
        Assert.Equal(users, sink.Changes.Count);
    }
}
