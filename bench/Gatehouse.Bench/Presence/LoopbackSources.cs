using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace Gatehouse.Bench.Presence;

/// <summary>
/// Spreads client sockets over 127.0.0.2, 127.0.0.3, ...: each (source address, server) pair has
/// its own ~28k ephemeral ports, so tens of thousands of connections do not run out.
/// </summary>
public sealed class LoopbackSources : IDisposable
{
    private readonly SocketsHttpHandler[] _handlers;
    private int _next;

    public LoopbackSources(int count)
    {
        _handlers = [.. Enumerable.Range(0, count).Select(i => Handler(IPAddress.Parse($"127.0.0.{2 + i}")))];
    }

    /// <summary>The next source, round robin.</summary>
    public SocketsHttpHandler Next() => _handlers[(int)((uint)Interlocked.Increment(ref _next) % _handlers.Length)];

    /// <summary>Wires a SignalR connection's HTTP requests and WebSocket to one source address.</summary>
    public void Apply(HttpConnectionOptions options)
    {
        var handler = Next();
        options.HttpMessageHandlerFactory = _ => handler;
        options.WebSocketFactory = async (context, ct) =>
        {
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero; // SignalR has its own pings
            using var invoker = new HttpMessageInvoker(handler, disposeHandler: false);
            await socket.ConnectAsync(context.Uri, invoker, ct);
            return socket;
        };
    }

    public void Dispose()
    {
        foreach (var h in _handlers) h.Dispose();
    }

    private static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        MaxConnectionsPerServer = 64,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
