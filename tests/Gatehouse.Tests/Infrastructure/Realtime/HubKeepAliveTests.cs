using System.IO.Pipelines;
using System.Text;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// The hubs' pings spread over the keep-alive interval: each connection gets one per interval, a slot at a time, never
/// two in one go after a stall, none once it has ended; and the lifetime manager hands connections over and back.
/// </summary>
public sealed class HubKeepAliveTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);
    private static readonly string PingFrame = "{\"type\":6}\u001e";

    private sealed class Pair(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;
        public PipeWriter Output { get; } = output;
    }

    /// <summary>A hub connection over in-memory pipes, and what the server wrote to it.</summary>
    private sealed class Connection
    {
        private readonly Pipe _toClient = new();

        public Connection(int n)
        {
            var fromClient = new Pipe();
            var context = new DefaultConnectionContext($"connection-{n}", new Pair(fromClient.Reader, _toClient.Writer), new Pair(_toClient.Reader, fromClient.Writer));
            Hub = new HubConnectionContext(context, new HubConnectionContextOptions { KeepAliveInterval = Interval, ClientTimeoutInterval = 2 * Interval },
                NullLoggerFactory.Instance)
            { Protocol = new JsonHubProtocol() };
        }

        public HubConnectionContext Hub { get; }

        /// <summary>How many pings were written since the last call.</summary>
        public int Pings()
        {
            if (!_toClient.Reader.TryRead(out var read)) return 0;
            var text = Encoding.UTF8.GetString(read.Buffer);
            _toClient.Reader.AdvanceTo(read.Buffer.End);
            Assert.Equal(text, string.Concat(Enumerable.Repeat(PingFrame, text.Length / PingFrame.Length)));
            return text.Length / PingFrame.Length;
        }
    }

    private static (HubKeepAlive KeepAlive, FakeTimeProvider Clock, long Started, Connection[] Connections) Start(int connections)
    {
        var clock = new FakeTimeProvider();
        var keepAlive = new HubKeepAlive(Interval, clock, NullLogger.Instance);
        var all = Enumerable.Range(0, connections).Select(n => new Connection(n)).ToArray();
        foreach (var c in all) keepAlive.Add(c.Hub);
        return (keepAlive, clock, clock.GetTimestamp(), all);
    }

    [Fact]
    public void Every_connection_gets_one_ping_per_interval_a_slot_at_a_time()
    {
        var (keepAlive, clock, started, connections) = Start(600);
        Assert.Equal(600, keepAlive.Count);

        clock.Advance(Interval / 2);
        var done = keepAlive.PingDue(started, 0);
        Assert.Equal(HubKeepAlive.Slots / 2, done);
        var firstHalf = connections.Select(c => c.Pings()).ToArray();
        Assert.All(firstHalf, p => Assert.InRange(p, 0, 1));
        // Spread: about half the connections so far, not all of them at once (600 ids hashed into 256 slots).
        Assert.InRange(firstHalf.Sum(), 200, 400);

        clock.Advance(Interval / 2);
        done = keepAlive.PingDue(started, done);
        Assert.Equal(HubKeepAlive.Slots, done);
        Assert.All(connections.Zip(firstHalf), c => Assert.Equal(1, c.First.Pings() + c.Second));

        clock.Advance(Interval);
        keepAlive.PingDue(started, done);
        Assert.All(connections, c => Assert.Equal(1, c.Pings()));
    }

    [Fact]
    public void A_late_wake_pings_each_connection_once_and_nobody_twice()
    {
        var (keepAlive, clock, started, connections) = Start(50);

        clock.Advance(3 * Interval + TimeSpan.FromSeconds(1));
        var done = keepAlive.PingDue(started, 0);

        Assert.Equal((3 * Interval + TimeSpan.FromSeconds(1)).Ticks / (Interval.Ticks / HubKeepAlive.Slots), done);
        Assert.All(connections, c => Assert.Equal(1, c.Pings()));
        Assert.Equal(done, keepAlive.PingDue(started, done)); // nothing more came due
        Assert.All(connections, c => Assert.Equal(0, c.Pings()));
    }

    [Fact]
    public void A_connection_that_ended_is_pinged_no_more()
    {
        var (keepAlive, clock, started, connections) = Start(20);
        keepAlive.Remove(connections[0].Hub);
        keepAlive.Remove(connections[0].Hub); // a second end changes nothing
        Assert.Equal(19, keepAlive.Count);

        clock.Advance(Interval);
        keepAlive.PingDue(started, 0);

        Assert.Equal(0, connections[0].Pings());
        Assert.All(connections.Skip(1), c => Assert.Equal(1, c.Pings()));
    }

    private sealed class Recording : HubLifetimeManager<Hub>
    {
        public List<string> Calls { get; } = [];

        private Task Note(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }

        public override Task OnConnectedAsync(HubConnectionContext connection) => Note($"connected {connection.ConnectionId}");
        public override Task OnDisconnectedAsync(HubConnectionContext connection) => Note($"disconnected {connection.ConnectionId}");
        public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"all {methodName}");
        public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) => Note($"all but {excludedConnectionIds[0]} {methodName}");
        public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"{connectionId} {methodName}");
        public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"{string.Join('+', connectionIds)} {methodName}");
        public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"group {groupName} {methodName}");
        public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"groups {string.Join('+', groupNames)} {methodName}");
        public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) => Note($"group {groupName} but {excludedConnectionIds[0]} {methodName}");
        public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"user {userId} {methodName}");
        public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) => Note($"users {string.Join('+', userIds)} {methodName}");
        public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) => Note($"add {connectionId} to {groupName}");
        public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) => Note($"remove {connectionId} from {groupName}");
        public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken)
        {
            Calls.Add($"invoke {connectionId} {methodName}");
            return Task.FromResult(default(T)!);
        }

        public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) => Note($"result {connectionId} {result.InvocationId}");

        public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type)
        {
            Calls.Add($"return type {invocationId}");
            type = typeof(int);
            return true;
        }
    }

    [Fact]
    public async Task The_lifetime_manager_hands_each_connection_to_the_keep_alive_and_passes_everything_on()
    {
        var inner = new Recording();
        var keepAlive = new HubKeepAlive(Interval, new FakeTimeProvider(), NullLogger.Instance);
        var manager = new KeepAliveLifetimeManager<Hub>(inner, keepAlive);
        var connection = new Connection(1);

        await manager.OnConnectedAsync(connection.Hub);
        Assert.Equal(1, keepAlive.Count);
        await manager.SendAllAsync("a", []);
        await manager.SendAllExceptAsync("b", [], ["x"]);
        await manager.SendConnectionAsync("c1", "c", []);
        await manager.SendConnectionsAsync(["c1", "c2"], "d", []);
        await manager.SendGroupAsync("g", "e", []);
        await manager.SendGroupsAsync(["g", "h"], "f", []);
        await manager.SendGroupExceptAsync("g", "i", [], ["x"]);
        await manager.SendUserAsync("u", "j", []);
        await manager.SendUsersAsync(["u", "v"], "k", []);
        await manager.AddToGroupAsync("c1", "g");
        await manager.RemoveFromGroupAsync("c1", "g");
        await manager.InvokeConnectionAsync<int>("c1", "l", [], CancellationToken.None);
        await manager.SetConnectionResultAsync("c1", CompletionMessage.Empty("7"));
        Assert.True(manager.TryGetReturnType("7", out var type));
        Assert.Equal(typeof(int), type);
        await manager.OnDisconnectedAsync(connection.Hub);
        Assert.Equal(0, keepAlive.Count);

        Assert.Equal(
        [
            "connected connection-1", "all a", "all but x b", "c1 c", "c1+c2 d", "group g e", "groups g+h f", "group g but x i",
            "user u j", "users u+v k", "add c1 to g", "remove c1 from g", "invoke c1 l", "result c1 7", "return type 7",
            "disconnected connection-1",
        ], inner.Calls);
    }
}
