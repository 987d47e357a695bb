using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// A real <c>redis-server</c> of the test's own, on a free loopback port, that a test may stop and
/// start again (the run's shared Redis from the test command must stay up for the others).
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private Process? _process;

    public int Port { get; } = FreePort();
    public string Address => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start redis-server (apt install redis-server).");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (_process.HasExited) break;
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException("redis-server did not start.");
    }

    /// <summary>Stops the server for good (SIGKILL): everything it held is gone, as after a real crash.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false }) _process.Kill();
        _process?.WaitForExit();
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
