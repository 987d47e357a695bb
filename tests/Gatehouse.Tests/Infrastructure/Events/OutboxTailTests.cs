using System.Text.Json;
using Gatehouse.Server.Infrastructure.Events;

namespace Gatehouse.Tests.Infrastructure.Events;

/// <summary>Subscribers woken by one commit share one read; those a little behind are served from what was read.</summary>
public sealed class OutboxTailTests
{
    /// <summary>An outbox of events 1..<paramref name="count"/> that counts its reads and can hold them back.</summary>
    private sealed class FakeOutbox(int count)
    {
        public int Reads;
        public TaskCompletionSource? Hold;
        public List<DomainEvent> Events { get; } = [.. Enumerable.Range(1, count).Select(i => Event(i))];

        public async Task<List<DomainEvent>> ReadAfterAsync(long position, int limit, CancellationToken ct)
        {
            Interlocked.Increment(ref Reads);
            // What was committed when the read started, as a database's read would see it.
            List<DomainEvent> seen = [.. Events.Where(e => e.Sequence > position).Take(limit)];
            if (Hold is { } hold) await hold.Task;
            return seen;
        }
    }

    private static DomainEvent Event(long sequence, string aggregateType = "test") =>
        new(Guid.NewGuid(), "test.happened", aggregateType, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), 1,
            DateTimeOffset.UnixEpoch, null, null, null, JsonDocument.Parse("{}").RootElement)
        { Sequence = sequence };

    private static long Now() => System.Diagnostics.Stopwatch.GetTimestamp();

    private static long[] Sequences(List<DomainEvent> events) => [.. events.Select(e => e.Sequence)];

    private static long[] Sequences(TailRead read) => Sequences(read.Events);

    private static async Task<long[]> SequencesAfterAsync(OutboxTail tail, long position, int limit) =>
        Sequences(await tail.ReadAfterAsync(position, limit, Now(), CancellationToken.None));

    [Fact]
    public async Task Subscribers_at_the_same_position_share_one_read()
    {
        var outbox = new FakeOutbox(5) { Hold = new() };
        var tail = new OutboxTail(outbox.ReadAfterAsync);

        var since = Now();
        var reads = Enumerable.Range(0, 6).Select(_ => tail.ReadAfterAsync(0, 200, since, CancellationToken.None)).ToList();
        outbox.Hold.SetResult();
        var results = await Task.WhenAll(reads);

        Assert.Equal(1, outbox.Reads);
        Assert.All(results, r => Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, Sequences(r)));
        // Each caller has a list of its own.
        results[0].Events.Clear();
        Assert.Equal(5, results[1].Events.Count);
    }

    [Fact]
    public async Task A_subscriber_behind_is_served_from_what_was_read_and_one_caught_up_reads_again()
    {
        var outbox = new FakeOutbox(5);
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, await SequencesAfterAsync(tail, 0, 200));

        Assert.Equal(new long[] { 3, 4, 5 }, await SequencesAfterAsync(tail, 2, 200));
        Assert.Equal(new long[] { 3, 4 }, await SequencesAfterAsync(tail, 2, 2));
        Assert.Equal(1, outbox.Reads);

        // Caught up: what committed since is only in the outbox.
        outbox.Events.Add(Event(6));
        Assert.Equal(new long[] { 6 }, await SequencesAfterAsync(tail, 5, 200));
        Assert.Equal(2, outbox.Reads);
        // The new event joined the kept ones.
        Assert.Equal(new long[] { 4, 5, 6 }, await SequencesAfterAsync(tail, 3, 200));
        Assert.Equal(2, outbox.Reads);
        // Nothing new: read again (and nothing is kept from an empty answer).
        Assert.Empty((await tail.ReadAfterAsync(6, 200, Now(), CancellationToken.None)).Events);
        Assert.Equal(3, outbox.Reads);
    }

    [Fact]
    public async Task A_read_limited_short_of_the_end_is_continued_from_the_outbox()
    {
        var outbox = new FakeOutbox(10);
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        Assert.Equal(new long[] { 1, 2, 3 }, await SequencesAfterAsync(tail, 0, 3));
        // Only (0, 3] is known: after 3 the outbox is asked, and the answer extends what is kept.
        Assert.Equal(new long[] { 4, 5, 6, 7, 8, 9, 10 }, await SequencesAfterAsync(tail, 3, 200));
        Assert.Equal(new long[] { 2, 3, 4, 5 }, await SequencesAfterAsync(tail, 1, 4));
        Assert.Equal(2, outbox.Reads);
    }

    [Fact]
    public async Task Only_the_newest_events_are_kept_and_older_positions_read_the_outbox()
    {
        var outbox = new FakeOutbox(OutboxTail.Capacity + 500);
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        await tail.ReadAfterAsync(0, int.MaxValue, Now(), CancellationToken.None);

        Assert.Equal(new long[] { 501, 502 }, await SequencesAfterAsync(tail, 500, 2));
        Assert.Equal(1, outbox.Reads);
        Assert.Equal(new long[] { 500, 501 }, await SequencesAfterAsync(tail, 499, 2));
        Assert.Equal(2, outbox.Reads);
    }

    [Fact]
    public async Task A_failed_read_fails_its_callers_and_the_next_one_reads_again()
    {
        var calls = 0;
        var tail = new OutboxTail((position, limit, ct) =>
            ++calls == 1 ? throw new InvalidOperationException("database down") : Task.FromResult(new List<DomainEvent> { Event(1) }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => tail.ReadAfterAsync(0, 200, Now(), CancellationToken.None));
        Assert.Equal(new long[] { 1 }, await SequencesAfterAsync(tail, 0, 200));
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_range_the_kept_events_cover_is_searched_without_a_read_and_one_they_do_not_is_left_to_the_caller()
    {
        var outbox = new FakeOutbox(0);
        outbox.Events.AddRange([Event(1), Event(2, "role"), Event(3), Event(4, "role"), Event(5)]);
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        Assert.False(tail.TryFindLast(0, 1, "role", out _)); // nothing read yet
        await tail.ReadAfterAsync(1, 200, Now(), CancellationToken.None);

        Assert.True(tail.TryFindLast(1, 5, "role", out var last));
        Assert.Equal(4, last);
        Assert.True(tail.TryFindLast(1, 3, "role", out last));
        Assert.Equal(2, last);
        Assert.True(tail.TryFindLast(4, 5, "role", out last));
        Assert.Null(last);
        Assert.False(tail.TryFindLast(0, 5, "role", out _)); // event 1 was not read
        Assert.False(tail.TryFindLast(1, 6, "role", out _)); // nor anything after 5
        Assert.Equal(1, outbox.Reads);
    }

    [Fact]
    public async Task A_read_that_started_before_a_subscriber_was_woken_is_not_shared_with_it()
    {
        var outbox = new FakeOutbox(5) { Hold = new() };
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        var early = tail.ReadAfterAsync(0, 200, Now(), CancellationToken.None);

        // Event 6 commits and wakes a subscriber at the same position while the early read is still running.
        outbox.Events.Add(Event(6));
        var woken = tail.ReadAfterAsync(0, 200, Now(), CancellationToken.None);
        outbox.Hold.SetResult();

        Assert.Equal(new long[] { 1, 2, 3, 4, 5 }, Sequences(await early));
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6 }, Sequences(await woken));
        Assert.Equal(2, outbox.Reads);
    }

    [Fact]
    public async Task An_answer_is_up_to_date_when_a_read_started_after_the_wake_up_reached_the_end()
    {
        var outbox = new FakeOutbox(5);
        var tail = new OutboxTail(outbox.ReadAfterAsync);

        var first = await tail.ReadAfterAsync(0, 200, Now(), CancellationToken.None);
        Assert.True(first.UpToDate);
        // Stopped by its limit: there may be more.
        Assert.False((await tail.ReadAfterAsync(0, 3, Now(), CancellationToken.None)).UpToDate);

        // Behind, and served from what was kept: up to date for a wake-up before the read that reached the end...
        var wokenBefore = Now();
        await tail.ReadAfterAsync(5, 200, Now(), CancellationToken.None); // nothing new, read at once
        var behind = await tail.ReadAfterAsync(2, 200, wokenBefore, CancellationToken.None);
        Assert.Equal(new long[] { 3, 4, 5 }, Sequences(behind));
        Assert.True(behind.UpToDate);
        Assert.False((await tail.ReadAfterAsync(2, 2, wokenBefore, CancellationToken.None)).UpToDate); // cut short
        // ...but not for one after it: a commit since may have added events the kept ones lack.
        outbox.Events.Add(Event(6));
        var wokenAfter = Now();
        var stale = await tail.ReadAfterAsync(2, 200, wokenAfter, CancellationToken.None);
        Assert.Equal(new long[] { 3, 4, 5 }, Sequences(stale));
        Assert.False(stale.UpToDate);
        // The subscriber asks again from where it got to and learns of 6, up to date once more.
        var caughtUp = await tail.ReadAfterAsync(5, 200, wokenAfter, CancellationToken.None);
        Assert.Equal(new long[] { 6 }, Sequences(caughtUp));
        Assert.True(caughtUp.UpToDate);
        Assert.True((await tail.ReadAfterAsync(2, 200, wokenAfter, CancellationToken.None)).UpToDate);
        Assert.Equal(3, outbox.Reads);
    }

    [Fact]
    public async Task A_shared_read_is_up_to_date_for_every_caller_woken_before_it_started()
    {
        var outbox = new FakeOutbox(5) { Hold = new() };
        var tail = new OutboxTail(outbox.ReadAfterAsync);
        var since = Now();
        // Woken by the same commit, at different moments after it; the second shares the first one's read.
        var reads = new[] { tail.ReadAfterAsync(0, 200, since, CancellationToken.None), tail.ReadAfterAsync(0, 200, since, CancellationToken.None) };
        outbox.Hold.SetResult();

        Assert.All(await Task.WhenAll(reads), r => Assert.True(r.UpToDate));
        Assert.Equal(1, outbox.Reads);
    }
}
