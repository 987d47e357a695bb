using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Gatehouse.Bench.Presence;

namespace Gatehouse.Bench.Relay;

/// <summary>
/// The relay mode: the presence mode's measurement (N idle connections, M changes per second
/// round robin over them, K observers timing each change) against <see cref="RelayServer"/>, so
/// Gatehouse's delivery latency can be compared with a raw WebSocket relay on the same machine.
/// </summary>
public static class RelayBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine("relay mode: the presence mode's options (--url defaults to http://127.0.0.1:5090, the relay server)");
            Console.WriteLine(PresenceBenchOptions.Help);
            return 0;
        }
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
        Console.WriteLine($"relay bench: {options.Connections} connections, {options.Rate}/s messages, {options.Observers} observers, {options.Duration.TotalSeconds:F0}s against {options.Url}");

        using var sources = new LoopbackSources(options.Sources);
        var capacity = (int)(options.Rate * (options.Duration + options.Warmup).TotalSeconds * 1.1) + 1000;
        var run = new BenchRun(capacity, options.Observers);
        using var stop = new CancellationTokenSource();

        var observers = new List<ClientWebSocket>();
        var receiving = new List<Task>();
        for (var i = 0; i < options.Observers; i++)
        {
            var socket = await ConnectAsync(options, sources, "observer", stop.Token);
            observers.Add(socket);
            receiving.Add(ReceiveAsync(socket, run, i, stop.Token));
        }

        var rssBefore = ServerMemory.RssBytes(options.ServerPids);
        var times = new LatencyRecorder();
        var publishers = new ClientWebSocket[options.Connections];
        // In two halves, as the presence mode connects (see there): the second half's growth is the marginal cost.
        var half = options.Connections / 2;
        Task ConnectPublishersAsync(int from, int to) => Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectParallelism }, async (i, ct) =>
        {
            var started = Stopwatch.GetTimestamp();
            publishers[i] = await ConnectAsync(options, sources, "publisher", ct);
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

        var (sent, measured, elapsed) = await DriveAsync(options, publishers, run);
        await Task.Delay(TimeSpan.FromSeconds(2)); // last deliveries
        var lost = Enumerable.Range(0, options.Observers).Sum(o => measured - run.Received(o));
        Console.WriteLine($"  messages sent {sent} ({sent / elapsed.TotalSeconds:F0}/s)");
        Console.WriteLine($"  delivery latency {run.Latency.Summary()}");
        Console.WriteLine($"  deliveries expected {measured * options.Observers}, lost {lost}");

        if (options.JsonOut is { } path)
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
            {
                mode = "relay",
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

        await stop.CancelAsync();
        await Parallel.ForEachAsync(publishers.Concat(observers), async (s, _) =>
        {
            try
            {
                await s.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
            s.Dispose();
        });
        return 0;
    }

    private static async Task<ClientWebSocket> ConnectAsync(PresenceBenchOptions options, LoopbackSources sources, string role, CancellationToken ct)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var invoker = new HttpMessageInvoker(sources.Next(), disposeHandler: false);
        await socket.ConnectAsync(new Uri($"ws://{options.Url.Authority}/ws?role={role}"), invoker, ct);
        return socket;
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

    /// <summary>Raw text messages, paced by <see cref="Pacer"/> like the presence mode's changes.</summary>
    private static async Task<(int Sent, int Measured, TimeSpan Elapsed)> DriveAsync(PresenceBenchOptions options, ClientWebSocket[] publishers, BenchRun run)
    {
        // A WebSocket takes one send at a time; with fewer publishers than messages per tick they could overlap.
        var locks = publishers.Select(_ => new SemaphoreSlim(1, 1)).ToArray();
        var paced = await Pacer.RunAsync(options, run, async (seq, _) =>
        {
            var one = locks[seq % publishers.Length];
            await one.WaitAsync();
            try
            {
                await publishers[seq % publishers.Length].SendAsync(Encoding.UTF8.GetBytes(BenchRun.Message(seq, run.Id)), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            finally
            {
                one.Release();
            }
        });
        return (paced.Sent, paced.Measured, paced.Elapsed);
    }
}
