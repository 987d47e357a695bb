using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Gatehouse.ApiBench;

/// <summary>The built Gatehouse server, started as its own process on a loopback port with a throw-away data directory.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string OwnerEmail = "bench-owner@example.test";
    public const string OwnerPassword = "Bench-Owner-Passw0rd!";

    private readonly Process _process;
    public Uri BaseAddress { get; }
    public string DataDirectory { get; }

    private ServerProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
    }

    public static async Task<ServerProcess> StartAsync(string serverDll, string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [serverDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Gatehouse__DataDirectory"] = dataDirectory;
        info.Environment["Gatehouse__Owner__Email"] = OwnerEmail;
        info.Environment["Gatehouse__Owner__Password"] = OwnerPassword;
        info.Environment["Gatehouse__Security__LoginAttemptsPerIpPerMinute"] = "1000000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) info.Environment[k] = v;
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[server] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), dataDirectory);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(180); // a shared, busy machine starts slowly
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"the server exited with {process.ExitCode}");
            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode) return server;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        await server.DisposeAsync(); // never leave a server behind
        throw new TimeoutException("the server did not become ready within 180 s");
    }

    public int Pid => _process.Id;

    /// <summary>CPU time the server process has used so far (all threads, user + system).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>
    /// Waits until the server uses under a twentieth of a core over half a second, at most <paramref name="most"/>;
    /// returns how long that took. A load leaves work behind it (the outbox's deliveries, analytics of its requests):
    /// a sequential measurement started at once pays for it.
    /// </summary>
    public async Task<TimeSpan> SettleAsync(TimeSpan most)
    {
        var started = Stopwatch.StartNew();
        while (started.Elapsed < most)
        {
            var before = CpuTime;
            await Task.Delay(500);
            if ((CpuTime - before).TotalMilliseconds < 25) break;
        }
        return started.Elapsed;
    }

    /// <summary>Resident memory of the server process, in bytes.</summary>
    public long WorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>The server's peak resident memory so far (Linux: VmHWM), in bytes.</summary>
    public long PeakWorkingSet
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
