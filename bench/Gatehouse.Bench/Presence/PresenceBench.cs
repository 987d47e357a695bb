using System.Diagnostics;
using System.Text.Json;
using Gatehouse.Bench.Protocol;

namespace Gatehouse.Bench.Presence;

/// <summary>
/// The presence mode: opens N gateway connections from several loopback source addresses,
/// subscribes K observers to every presence change, drives M status changes per second and
/// measures, from the observers, the change → delivery latency and any change that never
/// arrived. Each change carries a unique status message, so its delivery is recognized exactly.
/// </summary>
public static class PresenceBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Contains("--help"))
        {
            Console.WriteLine(PresenceBenchOptions.Help);
            return 0;
        }
        PresenceBenchOptions options;
        try
        {
            options = PresenceBenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or UriFormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(PresenceBenchOptions.Help);
            return 2;
        }

        using var sources = new LoopbackSources(options.Sources);
        using var http = new HttpClient(sources.Next(), disposeHandler: false) { BaseAddress = options.Url, Timeout = TimeSpan.FromMinutes(2) };
        var users = new BenchUsers(options, http);
        Console.WriteLine($"presence bench: {options.Connections} connections, {options.Rate}/s changes, {options.Observers} observers, {options.Duration.TotalSeconds:F0}s against {options.Url}" +
            (options.GatewayUrls.Count > 1 ? $", gateways over {string.Join(", ", options.GatewayUrls)}" : ""));

        var ownerToken = await users.OwnerTokenAsync();
        var userCount = (options.Connections + options.SessionsPerUser - 1) / options.SessionsPerUser;
        var prepare = Stopwatch.StartNew();
        var tokens = await users.TokensAsync(userCount, ownerToken);
        Console.WriteLine($"  {userCount} users ready in {prepare.Elapsed.TotalSeconds:F1}s");

        var capacity = (int)(options.Rate * (options.Duration + options.Warmup).TotalSeconds * 1.1) + 1000;
        var run = new BenchRun(capacity, options.Observers);

        var observers = new List<HubSocket>();
        for (var i = 0; i < options.Observers; i++) observers.Add(await ObserveAsync(options, sources, ownerToken, run, i));

        await Task.Delay(TimeSpan.FromSeconds(2));
        var rssBefore = ServerMemory.RssBytes(options.ServerPids);
        var redisBefore = await RedisMemory.UsedBytesAsync(options.Redis);
        // In two halves, the server left to settle after each: the second half's growth is what one more connection
        // costs, without what the first connections paid once for all (code paged in and compiled again at tier 1,
        // pools and tables grown), which the growth from the start spreads over every connection.
        var gateways = new HubSocket?[options.Connections];
        var connectTimes = new LatencyRecorder();
        var half = options.Connections / 2;
        var connectFailures = await ConnectAllAsync(options, sources, tokens, 0, half, gateways, connectTimes);
        await Task.Delay(TimeSpan.FromSeconds(5)); // let the server settle before reading its memory
        var rssHalf = ServerMemory.RssBytes(options.ServerPids);
        connectFailures += await ConnectAllAsync(options, sources, tokens, half, options.Connections, gateways, connectTimes);
        Console.WriteLine($"  connected {gateways.Count(g => g is not null)}/{options.Connections}, failures {connectFailures}; connect {connectTimes.Summary()}");
        await Task.Delay(TimeSpan.FromSeconds(5));
        var rssAfter = ServerMemory.RssBytes(options.ServerPids);
        var perConnectionKb = ServerMemory.PerConnectionKb(rssBefore, rssAfter, options.Connections);
        var marginalKb = ServerMemory.MarginalKb(rssHalf, rssAfter, options.Connections - half);
        var redisPerConnection = RedisMemory.PerConnectionBytes(redisBefore, await RedisMemory.UsedBytesAsync(options.Redis), options.Connections);

        var live = gateways.Where(g => g is not null).Select(g => g!).ToArray();
        using var stopPinging = new CancellationTokenSource();
        var pinging = PingAsync([.. live, .. observers], stopPinging.Token);
        var drive = await DriveAsync(options, live, run);
        await Task.Delay(TimeSpan.FromSeconds(3)); // last deliveries

        var expected = drive.MeasuredAcked;
        var lost = Enumerable.Range(0, options.Observers).Select(o => expected - run.Received(o)).ToArray();
        Console.WriteLine($"  changes sent {drive.Sent} ({drive.Sent / drive.Elapsed.TotalSeconds:F0}/s), acknowledged {drive.Acked}, failed {drive.Failed}");
        Console.WriteLine($"  acknowledged in {run.AckLatency.Summary()}");
        Console.WriteLine($"  delivery latency {run.Latency.Summary()}");
        Console.WriteLine($"  deliveries expected {expected * options.Observers}, lost {lost.Sum()} (per observer: {string.Join(", ", lost)})");

        if (options.TimelineOut is { } timeline)
        {
            await using var writer = File.CreateText(timeline);
            run.WriteTimeline(writer, drive.Started);
        }

        if (options.JsonOut is { } path)
        {
            var result = new
            {
                connections = options.Connections,
                nodes = options.GatewayUrls.Count,
                connected = live.Length,
                rate = options.Rate,
                observers = options.Observers,
                duration_s = options.Duration.TotalSeconds,
                changes_sent = drive.Sent,
                changes_acked = drive.Acked,
                changes_failed = drive.Failed,
                ack_ms = new { p50 = run.AckLatency.Percentile(50), p99 = run.AckLatency.Percentile(99) },
                latency_ms = new { p50 = run.Latency.Percentile(50), p95 = run.Latency.Percentile(95), p99 = run.Latency.Percentile(99), max = run.Latency.MaxMs, n = run.Latency.Count },
                deliveries_expected = expected * options.Observers,
                deliveries_lost = lost.Sum(),
                connect_ms = new { p50 = connectTimes.Percentile(50), p95 = connectTimes.Percentile(95), p99 = connectTimes.Percentile(99), max = connectTimes.MaxMs },
                connect_failures = connectFailures,
                server_rss_before_mb = rssBefore / 1048576.0,
                server_rss_after_mb = rssAfter / 1048576.0,
                server_kb_per_connection = perConnectionKb,
                server_rss_half_mb = rssHalf / 1048576.0,
                server_kb_per_connection_marginal = marginalKb,
                redis_bytes_per_connection = redisPerConnection,
            };
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        }

        if (options.Hold > TimeSpan.Zero)
        {
            Console.WriteLine($"  holding {live.Length} connections for {options.Hold.TotalSeconds:F0}s");
            await Task.Delay(options.Hold);
        }
        await stopPinging.CancelAsync();
        await pinging;
        await Parallel.ForEachAsync(live, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (g, _) => await g.DisposeAsync());
        foreach (var o in observers) await o.DisposeAsync();
        return 0;
    }

    /// <summary>
    /// How often a client pings: the keep-alive interval of SignalR's clients (<c>@microsoft/signalr</c>, which the
    /// site SDK uses with its default, and the .NET client), 15 s. The bench pinged every 10 s until 2026-12-07, which
    /// gave the server half as much keep-alive traffic again as a real population of idle clients sends.
    /// </summary>
    internal static readonly TimeSpan ClientKeepAlive = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The hub protocol's keep-alive (the server drops a client it has not heard from in 30 s), every
    /// <see cref="ClientKeepAlive"/>, spread evenly over that period as independent clients' pings are: pinging all at
    /// once would be a burst of N messages no real population of clients sends.
    /// </summary>
    internal static async Task PingAsync(HubSocket[] sockets, CancellationToken ct)
    {
        const int Slices = 150;
        using var tick = new PeriodicTimer(ClientKeepAlive / Slices);
        try
        {
            for (var slice = 0; await tick.WaitForNextTickAsync(ct); slice = (slice + 1) % Slices)
                for (var i = slice; i < sockets.Length; i += Slices)
                    if (sockets[i].IsOpen) _ = sockets[i].PingAsync().ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task<HubSocket> ObserveAsync(PresenceBenchOptions options, LoopbackSources sources, string token, BenchRun run, int index)
    {
        var connection = await HubSocket.ConnectAsync(sources.Next(), new Uri(options.Url, "/hubs/live"), token, (target, arguments) =>
        {
            if (target != "events") return;
            var now = Stopwatch.GetTimestamp();
            foreach (var e in arguments[0].GetProperty("events").EnumerateArray())
                run.Delivered(index, e.GetProperty("status_message").GetString(), now);
        }, CancellationToken.None);
        var subscription = await connection.InvokeAsync("subscribe", "presence", null);
        Console.WriteLine($"  observer {index} subscribed, snapshot of {subscription.GetProperty("snapshot").GetArrayLength()}");
        return connection;
    }

    /// <summary>Opens gateway connections <paramref name="from"/> to <paramref name="to"/> (excluded) into <paramref name="gateways"/>; how many failed.</summary>
    private static async Task<int> ConnectAllAsync(
        PresenceBenchOptions options, LoopbackSources sources, string[] tokens, int from, int to, HubSocket?[] gateways, LatencyRecorder times)
    {
        string[] platforms = ["web", "desktop", "mobile"];
        var failures = 0;
        var progress = Stopwatch.StartNew();
        var done = from;
        await Parallel.ForAsync(from, to, new ParallelOptions { MaxDegreeOfParallelism = options.ConnectParallelism }, async (i, _) =>
        {
            var user = i / options.SessionsPerUser;
            var platform = platforms[i % options.SessionsPerUser % platforms.Length];
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = Stopwatch.GetTimestamp();
            HubSocket? connection = null;
            try
            {
                connection = await HubSocket.ConnectAsync(sources.Next(), new Uri(options.GatewayUrls[i % options.GatewayUrls.Count], $"/gateway?platform={platform}"), tokens[user],
                    (target, _) => { if (target == "ready") ready.TrySetResult(); }, CancellationToken.None);
                await ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
                times.Record(Stopwatch.GetElapsedTime(started));
                gateways[i] = connection;
            }
            catch (Exception e) when (e is HttpRequestException or TimeoutException or IOException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
            {
                if (Interlocked.Increment(ref failures) <= 5) Console.Error.WriteLine($"  connection {i} failed: {e.Message}");
                if (connection is not null) await connection.DisposeAsync();
            }
            if (Interlocked.Increment(ref done) % 2000 == 0) Console.WriteLine($"  ... {done} connections in {progress.Elapsed.TotalSeconds:F1}s");
        });
        return failures;
    }

    private sealed record DriveResult(int Sent, int Acked, int Failed, int MeasuredAcked, TimeSpan Elapsed, long Started);

    /// <summary>
    /// Status changes through the gateway, paced by <see cref="Pacer"/>: each carries its own
    /// status message, and the status flips each round so no change repeats the stored one.
    /// </summary>
    private static async Task<DriveResult> DriveAsync(PresenceBenchOptions options, HubSocket[] gateways, BenchRun run)
    {
        var acked = 0;
        var failed = 0;
        var measuredAcked = 0;
        var paced = await Pacer.RunAsync(options, run, async (seq, measured) =>
        {
            var status = seq / gateways.Length % 2 == 0 ? "dnd" : "online";
            var started = Stopwatch.GetTimestamp();
            try
            {
                await gateways[seq % gateways.Length].InvokeAsync("setStatus", status, BenchRun.Message(seq, run.Id), null);
                Interlocked.Increment(ref acked);
                if (measured)
                {
                    Interlocked.Increment(ref measuredAcked);
                    run.Acked(seq, Stopwatch.GetElapsedTime(started));
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or TaskCanceledException or System.Net.WebSockets.WebSocketException)
            {
                Interlocked.Increment(ref failed);
            }
        });
        return new DriveResult(paced.Sent, acked, failed, measuredAcked, paced.Elapsed, paced.Started);
    }
}
