using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Gatehouse.Bench.Presence;
using Gatehouse.Bench.Protocol;

namespace Gatehouse.Bench.Relay;

/// <summary>
/// The relay mode: the presence mode's measurement (N idle connections, M changes per second
/// round robin over them, K observers timing each change) against <see cref="RelayServer"/>, so
/// Gatehouse's delivery latency can be compared with a raw WebSocket relay on the same machine.
/// <c>--signalr</c> measures the relay server's bare SignalR hub instead, with the presence mode's client (each
/// change an invocation answered by a completion, pings every 15 s): what SignalR alone costs.
/// <c>--keep-alive</c> gives the raw relay's sockets the same keep-alive traffic a SignalR connection carries here: a
/// frame from each client every 15 s (the bench's pings) and from the server every 15 s (SignalR's keep-alive; start
/// the server with <c>--keep-alive</c> too). A deployed relay needs them as much as SignalR does (a proxy closes an idle
/// connection), and on 10,000 connections they are most of what the server handles at 200 changes/s.
/// </summary>
public static class RelayBench
{
    /// <summary>As often as the presence mode pings its hub connections (<see cref="PresenceBench.ClientKeepAlive"/>).</summary>
    private static readonly TimeSpan ClientKeepAlive = PresenceBench.ClientKeepAlive;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine("relay mode: the presence mode's options (--url defaults to http://127.0.0.1:5090, the relay server)");
            Console.WriteLine("  --signalr       through the relay server's bare SignalR hub (start it with --signalr), not the raw WebSocket");
            Console.WriteLine("  --keep-alive    raw relay: each client socket sends a keep-alive frame every 15 s (start the server with --keep-alive)");
            Console.WriteLine(PresenceBenchOptions.Help);
            return 0;
        }
        var signalr = args.Contains("--signalr");
        var keepAlive = args.Contains("--keep-alive") ? ClientKeepAlive : TimeSpan.Zero;
        args = [.. args.Where(a => a is not ("--signalr" or "--keep-alive"))];
        PresenceBenchOptions options;
        try
        {
            options = PresenceBenchOptions.Parse(args.Contains("--url") ? args : [.. args, "--url", "http://127.0.0.1:5090"]);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        Console.WriteLine($"relay bench{(signalr ? " (SignalR hub)" : keepAlive > TimeSpan.Zero ? " (keep-alive)" : "")}: {options.Connections} connections, {options.Rate}/s messages, {options.Observers} observers, {options.Duration.TotalSeconds:F0}s against {options.Url}");

        using var sources = new LoopbackSources(options.Sources);
        var capacity = (int)(options.Rate * (options.Duration + options.Warmup).TotalSeconds * 1.1) + 1000;
        var run = new BenchRun(capacity, options.Observers);
        using var stop = new CancellationTokenSource();

        var observers = new List<IRelayEnd>();
        for (var i = 0; i < options.Observers; i++)
            observers.Add(await ConnectAsync(options, sources, signalr, keepAlive, run, i, stop.Token));
        var rssBefore = ServerMemory.RssBytes(options.ServerPids);
        var times = new LatencyRecorder();
        var publishers = new IRelayEnd[options.Connections];
        // In two halves, as the presence mode connects (see there): the second half's growth is the marginal cost.
        var half = options.Connections / 2;
        Task ConnectPublishersAsync(int from, int to) => Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectParallelism }, async (i, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            publishers[i] = await ConnectAsync(options, sources, signalr, keepAlive, run, null, ct);
            times.Record(Stopwatch.GetElapsedTime(started));
        });
        await ConnectPublishersAsync(0, half);
        await Task.Delay(TimeSpan.FromSeconds(5)); // let the server settle before reading its memory
        var rssHalf = ServerMemory.RssBytes(options.ServerPids);
        await ConnectPublishersAsync(half, options.Connections);
        Console.WriteLine($"  connected {options.Connections}; connect {times.Summary()}");
        await Task.Delay(TimeSpan.FromSeconds(5));
        var rssAfter = ServerMemory.RssBytes(options.ServerPids);
        var perConnectionKb = ServerMemory.PerConnectionKb(rssBefore, rssAfter, options.Connections);
        var marginalKb = ServerMemory.MarginalKb(rssHalf, rssAfter, options.Connections - half);

        // The hub protocol's keep-alive, as the presence mode's clients send it (SignalR drops a client silent for 30 s).
        var pinging = signalr ? PresenceBench.PingAsync([.. publishers.Concat(observers).Select(e => ((HubEnd)e).Hub)], stop.Token) : Task.CompletedTask;
        var (sent, measured, elapsed, started) = await DriveAsync(options, publishers, run);
        await Task.Delay(TimeSpan.FromSeconds(2)); // last deliveries
        var lost = Enumerable.Range(0, options.Observers).Sum(o => measured - run.Received(o));
        Console.WriteLine($"  messages sent {sent} ({sent / elapsed.TotalSeconds:F0}/s)");
        Console.WriteLine($"  delivery latency {run.Latency.Summary()}");
        Console.WriteLine($"  deliveries expected {measured * options.Observers}, lost {lost}");
        if (options.TimelineOut is { } timeline)
        {
            // The ack column stays 0: a relayed message is not answered.
            await using var writer = File.CreateText(timeline);
            run.WriteTimeline(writer, started);
        }

        if (options.JsonOut is { } path)
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
            {
                mode = signalr ? "relay-signalr" : keepAlive > TimeSpan.Zero ? "relay-keep-alive" : "relay",
                connections = options.Connections,
                rate = options.Rate,
                observers = options.Observers,
                latency_ms = new { p50 = run.Latency.Percentile(50), p95 = run.Latency.Percentile(95), p99 = run.Latency.Percentile(99), max = run.Latency.MaxMs, n = run.Latency.Count },
                deliveries_expected = measured * options.Observers,
                deliveries_lost = lost,
                connect_ms = new { p50 = times.Percentile(50), p99 = times.Percentile(99) },
                server_kb_per_connection = perConnectionKb,
                server_kb_per_connection_marginal = marginalKb,
            }, new JsonSerializerOptions { WriteIndented = true }));

        if (options.Hold > TimeSpan.Zero)
        {
            Console.WriteLine($"  holding {publishers.Length + observers.Count} connections for {options.Hold.TotalSeconds:F0}s");
            await Task.Delay(options.Hold);
        }
        await stop.CancelAsync();
        await pinging;
        await Parallel.ForEachAsync(publishers.Concat(observers), async (end, _) => await end.DisposeAsync());
        return 0;
    }

    /// <summary>One connection of the bench: sends a message (a publisher); an observer's messages go to the run.</summary>
    private interface IRelayEnd : IAsyncDisposable
    {
        Task SendAsync(string message);
    }

    /// <summary>An observer when <paramref name="observer"/> is its index, else a publisher.</summary>
    private static async Task<IRelayEnd> ConnectAsync(PresenceBenchOptions options, LoopbackSources sources, bool signalr, TimeSpan keepAlive, BenchRun run, int? observer, CancellationToken ct)
    {
        if (signalr)
        {
            var hub = await HubSocket.ConnectAsync(sources.Next(), new Uri(options.Url, "/hub"), "", (target, arguments) =>
            {
                if (target == "m" && observer is { } index) run.Delivered(index, arguments[0].GetString(), Stopwatch.GetTimestamp());
            }, ct);
            if (observer is not null) await hub.InvokeAsync("observe");
            return new HubEnd(hub);
        }
        var socket = new ClientWebSocket();
        // With a zero timeout (the default) a keep-alive is an unsolicited pong frame, one way, like a SignalR ping.
        socket.Options.KeepAliveInterval = keepAlive;
        using (var invoker = new HttpMessageInvoker(sources.Next(), disposeHandler: false))
            await socket.ConnectAsync(new Uri($"ws://{options.Url.Authority}/ws?role={(observer is null ? "publisher" : "observer")}"), invoker, ct);
        var end = new SocketEnd(socket);
        if (observer is { } i) _ = ReceiveAsync(socket, run, i, ct);
        return end;
    }

    /// <summary>A change is an invocation of the hub's <c>relay</c>, answered by a completion (as the gateway's <c>setStatus</c>).</summary>
    private sealed class HubEnd(HubSocket hub) : IRelayEnd
    {
        public HubSocket Hub => hub;

        public Task SendAsync(string message) => hub.InvokeAsync("relay", message);

        public ValueTask DisposeAsync() => hub.DisposeAsync();
    }

    private sealed class SocketEnd(ClientWebSocket socket) : IRelayEnd
    {
        // A WebSocket takes one send at a time; with fewer publishers than messages per tick they could overlap.
        private readonly SemaphoreSlim _one = new(1, 1);

        public async Task SendAsync(string message)
        {
            await _one.WaitAsync();
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                _one.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
            socket.Dispose();
        }
    }

    private static async Task ReceiveAsync(ClientWebSocket socket, BenchRun run, int observer, CancellationToken ct)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                if (result.MessageType == WebSocketMessageType.Close) return;
                var now = Stopwatch.GetTimestamp();
                run.Delivered(observer, Encoding.UTF8.GetString(buffer, 0, result.Count), now);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }
    }

    /// <summary>Messages paced by <see cref="Pacer"/> like the presence mode's changes.</summary>
    private static async Task<(int Sent, int Measured, TimeSpan Elapsed, long Started)> DriveAsync(PresenceBenchOptions options, IRelayEnd[] publishers, BenchRun run)
    {
        var paced = await Pacer.RunAsync(options, run, (seq, _) => publishers[seq % publishers.Length].SendAsync(BenchRun.Message(seq, run.Id)));
        return (paced.Sent, paced.Measured, paced.Elapsed, paced.Started);
    }
}
