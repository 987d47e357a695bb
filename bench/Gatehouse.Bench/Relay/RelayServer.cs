using System.Net;
using System.Net.WebSockets;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gatehouse.Bench.Relay;

/// <summary>
/// The yardstick for presence latency: the least a server can do to relay a change, a raw
/// WebSocket broadcast on Kestrel. Publishers' text messages are copied to every observer, each
/// observer with its own bounded queue and send loop (as SignalR does), no auth, no protocol.
/// With <c>--signalr</c>, also a bare SignalR hub at <c>/hub</c> (<see cref="RelayHub"/>): the least a
/// server built on SignalR, as DESIGN prescribes for the gateway, can do for the same relay.
/// </summary>
public static class RelayServer
{
    public const string Help = """
        relay-server options:
          --port <5090>   listen on 127.0.0.1:<port>; WebSocket at /ws?role=publisher|observer
          --signalr       also a SignalR hub at /hub (JSON protocol): observers invoke "observe",
                          publishers invoke "relay" with the message, observers receive "m"
          --keep-alive    the raw relay sends each socket a keep-alive frame every 15 s (SignalR's default interval)
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(Help);
            return 0;
        }
        var port = 5090;
        var signalr = false;
        var keepAlive = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--port" && i + 1 < args.Length && int.TryParse(args[++i], out var p)) port = p;
            else if (args[i] == "--signalr") signalr = true;
            else if (args[i] == "--keep-alive") keepAlive = true;
            else
            {
                Console.Error.WriteLine($"unknown option {args[i]}\n{Help}");
                return 2;
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        if (signalr) builder.Services.AddSignalR();
        var app = builder.Build();
        // Without --keep-alive, ASP.NET Core's default (a frame every 2 minutes, none within a run). With it, an
        // unsolicited pong frame per socket every 15 s, as SignalR pings each of its connections.
        app.UseWebSockets(keepAlive ? new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) } : new WebSocketOptions());
        if (signalr) app.MapHub<RelayHub>("/hub");
        var observers = new RelayObservers();
        app.Map("/ws", async http =>
        {
            if (!http.WebSockets.IsWebSocketRequest)
            {
                http.Response.StatusCode = 400;
                return;
            }
            var observer = http.Request.Query["role"] == "observer";
            using var socket = await http.WebSockets.AcceptWebSocketAsync();
            if (observer) await observers.ServeAsync(socket, http.RequestAborted);
            else await PublishAsync(socket, observers, http.RequestAborted);
        });
        app.MapGet("/healthz", () => "ok");
        Console.WriteLine($"relay server on 127.0.0.1:{port}{(signalr ? ", SignalR hub at /hub" : "")} (pid {Environment.ProcessId})");
        await app.RunAsync();
        return 0;
    }

    private static async Task PublishAsync(WebSocket socket, RelayObservers observers, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return;
                if (result.EndOfMessage) observers.Broadcast(buffer.AsSpan(0, result.Count).ToArray());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }

    private sealed class RelayObservers
    {
        private readonly Lock _lock = new();
        private Channel<byte[]>[] _queues = [];

        public void Broadcast(byte[] message)
        {
            foreach (var queue in Volatile.Read(ref _queues)) queue.Writer.TryWrite(message);
        }

        public async Task ServeAsync(WebSocket socket, CancellationToken ct)
        {
            var queue = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
            lock (_lock) _queues = [.. _queues, queue];
            try
            {
                await foreach (var message in queue.Reader.ReadAllAsync(ct))
                    await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, ct);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
            finally
            {
                lock (_lock) _queues = Array.FindAll(_queues, q => q != queue);
            }
        }
    }

    /// <summary>
    /// A bare SignalR relay: no authentication, no state, no validation. What it costs above the raw relay is what
    /// SignalR itself costs for one invocation in and one message out per observer.
    /// </summary>
    public sealed class RelayHub : Hub
    {
        private const string Observers = "observers";

        public Task Observe() => Groups.AddToGroupAsync(Context.ConnectionId, Observers);

        public Task Relay(string message) => Clients.Group(Observers).SendAsync("m", message);
    }
}
