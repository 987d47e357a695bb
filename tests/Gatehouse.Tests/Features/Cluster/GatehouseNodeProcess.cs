using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// One real Gatehouse process (the built server, run with <c>dotnet</c>) in cluster mode on a
/// loopback port: what an operator runs on each machine. Killed with SIGKILL to play a crash.
/// </summary>
public sealed class GatehouseNodeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _log = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatehouseNodeProcess(string nodeId, int port, Process process)
    {
        NodeId = nodeId;
        Port = port;
        _process = process;
        process.OutputDataReceived += (_, e) =>
        {
            lock (_log) _log.AppendLine(e.Data);
            if (e.Data?.Contains("Now listening on:", StringComparison.Ordinal) == true) _listening.TrySetResult();
        };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            // Exited can come before the last lines are read; the parameterless wait drains both pipes,
            // so the message carries what the node said last (why it stopped), not just its first lines.
            process.WaitForExit();
            _listening.TrySetException(new InvalidOperationException($"Node {nodeId} exited ({process.ExitCode}):\n{Log}"));
        };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string NodeId { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");
    public bool HasExited => _process.HasExited;

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>The server's settings of every node: same database, same Redis, same audit key.</summary>
    public static Dictionary<string, string> Settings(string postgres, string redis, string auditKey) => new()
    {
        ["Gatehouse__Mode"] = "Cluster",
        ["Gatehouse__Database__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = postgres,
        ["Gatehouse__Cluster__Redis"] = redis,
        ["Gatehouse__Cluster__HeartbeatTtl"] = "00:00:06",
        ["Gatehouse__Cluster__HeartbeatInterval"] = "00:00:01",
        ["Gatehouse__Audit__Key"] = auditKey,
        ["Gatehouse__Owner__Email"] = GatehouseApp.OwnerEmail,
        ["Gatehouse__Owner__Password"] = GatehouseApp.OwnerPassword,
        ["Gatehouse__Security__Argon2MemoryKb"] = "1024",
        ["Gatehouse__Security__Argon2Iterations"] = "1",
        ["Gatehouse__Security__LoginAttemptsPerIpPerMinute"] = "100000",
        ["Gatehouse__Security__TrustedProxies"] = "127.0.0.1",
        ["Gatehouse__Webhooks__AllowLoopback"] = "true",
        ["Presence__OfflineGrace"] = "00:00:04",
        ["Logging__LogLevel__Default"] = "Warning",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    public static async Task<GatehouseNodeProcess> StartAsync(string nodeId, int port, IReadOnlyDictionary<string, string> settings)
    {
        var info = new ProcessStartInfo("dotnet", [ServerAssembly])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(ServerAssembly)!,
        };
        foreach (var (k, v) in settings) info.Environment[k] = v;
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // Kestrel says when it holds the port: until then /readyz on it may be another test's server.
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Gatehouse__Cluster__NodeId"] = nodeId;
        // A restart on the same data passes its directory in the settings; a new node gets its own.
        if (!settings.ContainsKey("Gatehouse__DataDirectory"))
            info.Environment["Gatehouse__DataDirectory"] = Path.Combine(Path.GetTempPath(), "gatehouse-cluster", nodeId + "-" + Guid.NewGuid().ToString("N")[..8]);
        var node = new GatehouseNodeProcess(nodeId, port, Process.Start(info)!);
        // A first start migrates a fresh database: on a loaded two-core CI machine that alone can take a minute.
        // The port was free when the test chose it; only this process's own word proves it bound it.
        await node._listening.Task.WaitAsync(TimeSpan.FromMinutes(3));
        await node.WaitReadyAsync("ready", TimeSpan.FromMinutes(3));
        return node;
    }

    /// <summary>Waits until <c>/readyz</c> answers with <paramref name="status"/> (a separate process: nothing to await but its answer).</summary>
    public Task<JsonElement> WaitReadyAsync(string status, TimeSpan? timeout = null) =>
        WaitUntilAsync(r => r.GetProperty("status").GetString() == status, timeout);

    /// <summary>Waits until <c>/readyz</c> answers something that satisfies <paramref name="condition"/>.</summary>
    public async Task<JsonElement> WaitUntilAsync(Func<JsonElement, bool> condition, TimeSpan? timeout = null)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // the rest of its output: why it stopped
                throw new InvalidOperationException($"Node {NodeId} exited ({_process.ExitCode}):\n{Log}");
            }
            try
            {
                last = await http.GetFromJsonAsync<JsonElement>("/readyz");
                if (condition(last)) return last;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Node {NodeId} never answered as awaited (last: {last}):\n{Log}");
    }

    /// <summary>A crash: SIGKILL, no shutdown hooks.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The server built next to this test assembly (same configuration).</summary>
    private static string ServerAssembly
    {
        get
        {
            var testDir = new DirectoryInfo(AppContext.BaseDirectory); // tests/Gatehouse.Tests/bin/<Config>/<tfm>/
            var tfm = testDir.Name;
            var config = testDir.Parent!.Name;
            var repo = testDir.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
            return Path.Combine(repo, "src", "Gatehouse.Server", "bin", config, tfm, "Gatehouse.Server.dll");
        }
    }
}
