using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>Checkpoints saved while a write runs go together in the next one; nobody returns before their position is stored.</summary>
public sealed class OutboxCheckpointWriterTests
{
    private sealed class FakeStore
    {
        public List<Dictionary<string, long>> Writes { get; } = [];
        public List<TaskCompletionSource> Pending { get; } = [];
        public SemaphoreSlim Asked { get; } = new(0);

        public Task WriteAsync(IReadOnlyDictionary<string, long> positions, CancellationToken ct)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (Writes)
            {
                Writes.Add(new Dictionary<string, long>(positions));
                Pending.Add(done);
            }
            Asked.Release();
            return done.Task;
        }
    }

    [Fact]
    public async Task Saves_made_during_a_write_go_together_in_the_next_and_each_returns_once_stored()
    {
        var store = new FakeStore();
        var writer = new OutboxCheckpointWriter(store.WriteAsync);

        var first = writer.SaveAsync("a", 1, CancellationToken.None);
        await NextWriteAsync(store);
        Assert.Single(store.Writes); // the first save is written at once
        var second = writer.SaveAsync("b", 1, CancellationToken.None);
        var third = writer.SaveAsync("c", 1, CancellationToken.None);
        var again = writer.SaveAsync("b", 2, CancellationToken.None); // the newer position of b wins
        Assert.Single(store.Writes);
        Assert.False(first.IsCompleted);

        store.Pending[0].SetResult();
        await first;
        Assert.False(second.IsCompleted);
        await NextWriteAsync(store);
        Assert.Equal(new Dictionary<string, long> { ["b"] = 2, ["c"] = 1 }, store.Writes[1]);

        store.Pending[1].SetResult();
        await Task.WhenAll(second, third, again);
        Assert.Equal(2, store.Writes.Count);
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_next_save_writes_again()
    {
        var store = new FakeStore();
        var writer = new OutboxCheckpointWriter(store.WriteAsync);

        var failing = writer.SaveAsync("a", 1, CancellationToken.None);
        await NextWriteAsync(store);
        store.Pending[0].SetException(new InvalidOperationException("database down"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        var next = writer.SaveAsync("a", 1, CancellationToken.None);
        await NextWriteAsync(store);
        store.Pending[1].SetResult();
        await next;
    }

    /// <summary>The next write starts on the thread that finished the one before: wait until it is asked for.</summary>
    private static async Task NextWriteAsync(FakeStore store) =>
        Assert.True(await store.Asked.WaitAsync(TimeSpan.FromSeconds(30)), "the writer never wrote");
}
