using Gatehouse.Server.Features.Analytics;
using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Features.Analytics;

/// <summary>
/// The cluster merge of live windows: two nodes' real <see cref="LiveWindows"/> on one fake clock hand
/// their closed seconds over (node B's through the wire encoding), and the merged second is checked
/// against a reference computed here from every event of both nodes.
/// </summary>
public sealed class SecondMergeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    private sealed class Node : ILocalSecondSink
    {
        public Node(string name, FakeTimeProvider clock)
        {
            Name = name;
            Windows = new LiveWindows(clock, Sessions, Options.Create(new AnalyticsOptions()));
            Windows.HandOffSecondsTo(this);
        }

        public string Name { get; }
        public OpenSessions Sessions { get; } = new();
        public LiveWindows Windows { get; }
        public Queue<NodeSecond> Parts { get; } = new();

        public void Closed(WindowAccumulator second, IReadOnlyList<SeenMember> members) => Parts.Enqueue(new NodeSecond(Name, second, members));

        /// <summary>The part as another node receives it: encoded for Redis and decoded again.</summary>
        public NodeSecond Sent() => NodeSecondCodec.Decode(NodeSecondCodec.Encode(Parts.Dequeue()))!;
    }

    private static RawEvent Request(DateTime at, double ms, int status, Guid? user) => new()
    {
        Id = Guid.NewGuid(),
        Type = ServerEventTypes.Request,
        Source = EventSources.Server,
        UserId = user,
        ReceivedAt = at,
        OccurredAt = at,
        Route = "GET /api/v1/users",
        Status = status,
        DurationMs = ms,
        Role = "member",
        Region = "unknown",
        Device = "unknown",
        Version = "unknown",
    };

    private static double Reference(List<double> sorted, double percentile) => sorted[Math.Max(0, (int)(percentile / 100 * sorted.Count + 0.5) - 1)];

    [Fact]
    public void Two_nodes_parts_become_one_second_with_summed_counters_and_gauges_merged_percentiles_and_the_union_of_active_members()
    {
        var clock = new FakeTimeProvider(Start);
        var (a, b) = (new Node("a", clock), new Node("b", clock));
        var merge = new SecondMerge("a", Settle, TimeSpan.FromMinutes(5));
        var (shared, onlyA, onlyB) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var random = new Random(7);
        var latencies = new List<double>();
        var errors = 0;
        var at = Start.UtcDateTime;
        foreach (var (node, count, users) in new[] { (a, 300, new[] { shared, onlyA }), (b, 200, new[] { shared, onlyB }) })
        {
            for (var i = 0; i < count; i++)
            {
                // Node B is the slow one: its latencies sit above most of A's, so a wrong merge moves the percentiles.
                var ms = Math.Round((node == b ? 50 : 1) + Math.Exp(random.NextDouble() * 5), 3);
                var status = i % 20 == 0 ? 500 : 200;
                errors += status == 500 ? 1 : 0;
                latencies.Add(ms);
                node.Windows.Record(Request(at.AddMilliseconds(i), ms, status, users[i % 2]));
            }
        }
        a.Sessions.Opened(shared, "web");
        b.Sessions.Opened(shared, "mobile");
        b.Sessions.Opened(onlyB, "web");

        clock.Advance(TimeSpan.FromSeconds(1));
        a.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        b.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        // Handed off, not published: nothing closes on a node until the merge says so.
        Assert.Null(a.Windows.Latest(AnalyticsIntervals.OneSecond));
        Assert.True(merge.Add(a.Parts.Dequeue()));
        Assert.True(merge.Add(b.Sent()));

        var end = Start.UtcDateTime.AddSeconds(1);
        Assert.Empty(merge.CloseDue(end + Settle - TimeSpan.FromMilliseconds(1), degraded: false));
        var merged = Assert.Single(merge.CloseDue(end + Settle, degraded: false));
        a.Windows.CloseMerged(merged);
        var w = a.Windows.Latest(AnalyticsIntervals.OneSecond)!;

        Assert.Equal(500, w.Totals.Requests);
        Assert.Equal(errors, w.Totals.Errors5xx);
        Assert.Equal(errors / 500.0, w.Totals.ErrorRate5xx!.Value, 9);
        Assert.Equal(500, w.Endpoints.Single().Count);
        var sorted = latencies.Order().ToList();
        foreach (var (p, actual) in new[] { (50.0, w.Totals.LatencyP50), (95.0, w.Totals.LatencyP95), (99.0, w.Totals.LatencyP99) })
            Assert.InRange(actual!.Value, Reference(sorted, p) * 0.99 - 0.001, Reference(sorted, p) * 1.01 + 0.001);
        Assert.Equal(3, w.Totals.ActiveUsers); // the member seen on both nodes counts once
        Assert.Equal(3, w.Totals.Sessions);
        Assert.Equal(2, w.Segments["device"]["web"].Sessions);
        Assert.Equal(2, w.Nodes);
        Assert.False(w.Partial);
    }

    [Fact]
    public void A_part_after_its_second_closed_is_dropped_and_counted_but_its_members_still_count_as_active()
    {
        var clock = new FakeTimeProvider(Start);
        var (a, b) = (new Node("a", clock), new Node("b", clock));
        var merge = new SecondMerge("a", Settle, TimeSpan.FromMinutes(5));
        var latecomer = Guid.NewGuid();

        // Second 1: both nodes in time.
        a.Windows.Record(Request(Start.UtcDateTime, 5, 200, Guid.NewGuid()));
        b.Windows.Record(Request(Start.UtcDateTime, 5, 200, null));
        clock.Advance(TimeSpan.FromSeconds(1));
        a.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        b.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        merge.Add(a.Parts.Dequeue());
        merge.Add(b.Sent());
        Assert.Equal(2, Assert.Single(merge.CloseDue(clock.GetUtcNow().UtcDateTime + Settle, degraded: false)).Totals.Requests);

        // Second 2: node B's part misses the settle delay.
        a.Windows.Record(Request(clock.GetUtcNow().UtcDateTime, 5, 200, null));
        b.Windows.Record(Request(clock.GetUtcNow().UtcDateTime, 5, 200, latecomer));
        clock.Advance(TimeSpan.FromSeconds(1));
        a.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        b.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        merge.Add(a.Parts.Dequeue());
        var second2 = Assert.Single(merge.CloseDue(clock.GetUtcNow().UtcDateTime + Settle, degraded: false));
        Assert.Equal(1, second2.Totals.Requests);
        Assert.Equal(1, second2.Nodes);
        Assert.True(second2.Partial); // node B was heard a second ago and is missing
        Assert.False(merge.Add(b.Sent()));
        Assert.Equal(1, merge.LateParts);

        // Second 3: the late part's counters are gone, its member is active.
        clock.Advance(TimeSpan.FromSeconds(1));
        a.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        b.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        merge.Add(a.Parts.Dequeue());
        merge.Add(b.Sent());
        var second3 = Assert.Single(merge.CloseDue(clock.GetUtcNow().UtcDateTime + Settle, degraded: false));
        Assert.Equal(0, second3.Totals.Requests);
        Assert.Equal(2, second3.Totals.ActiveUsers);
        Assert.False(second3.Partial);
    }

    [Fact]
    public void Without_redis_a_node_closes_its_own_seconds_marked_partial_and_a_second_waits_for_its_own_part()
    {
        var clock = new FakeTimeProvider(Start);
        var a = new Node("a", clock);
        var merge = new SecondMerge("a", Settle, TimeSpan.FromMinutes(5));
        a.Windows.Record(Request(Start.UtcDateTime, 5, 200, null));
        clock.Advance(TimeSpan.FromSeconds(1));
        a.Windows.Tick(clock.GetUtcNow().UtcDateTime);
        var own = a.Parts.Dequeue();

        // Another node's part for the same second is in, this node's is not yet: the second waits.
        var other = new NodeSecond("b", new WindowAccumulator(Start.UtcDateTime, TimeSpan.FromSeconds(1)), []);
        merge.Add(other);
        Assert.Empty(merge.CloseDue(clock.GetUtcNow().UtcDateTime + Settle, degraded: true));
        merge.Add(own);
        var closed = Assert.Single(merge.CloseDue(clock.GetUtcNow().UtcDateTime + Settle, degraded: true));
        Assert.True(closed.Partial);
        Assert.Equal(1, closed.Totals.Requests);
    }
}
