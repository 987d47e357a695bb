using System.Net;
using System.Net.Sockets;

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
