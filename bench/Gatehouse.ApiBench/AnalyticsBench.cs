using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HdrHistogram;
using static Gatehouse.ApiBench.WebhookBench;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>analytics</c> mode: SDK-shaped batches posted open loop at <c>--rate</c> events/s, while an SSE
/// client follows the 1 s windows with progress (the open window pushed several times a second) and a second
/// client reads <c>GET /users</c> one request at a time. Ingest latency counts from each batch's due time.
/// Event → push latency is "batch due" → "the first 1 s window holding the batch arrived on the stream": the
/// closed window of the second holding its receive time, or an earlier open one counted through a later time
/// (the server stamps a batch received under the lock its progress snapshots take). One clock: same machine. The series queries
/// read 30 days of rollups (seeded straight into SQLite, every tier the server keeps) for one segment.
/// </summary>
public static class AnalyticsBench
{
    private sealed record Options(int Rate, int Batch, int Seconds, int Runs, int Reads, int ReadRate, string ServerDll);

    private sealed record RunResult(Summary Ingest, Summary Push, Summary Series15m, Summary Series1h, Summary UsersIdle, Summary UsersLoaded,
        long Accepted, long Counted, long Refused);

    public static async Task<int> RunAsync(string[] args)
    {
        var o = new Options(Int(args, "--rate", 20_000), Int(args, "--batch", 100), Int(args, "--seconds", 10), Int(args, "--runs", 3),
            Int(args, "--reads", 200), Int(args, "--read-rate", 20), Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var results = new List<RunResult>();
        for (var run = 1; run <= o.Runs; run++) results.Add(await RunOnceAsync(o, Path.GetFullPath(o.ServerDll), run));

        Console.WriteLine();
        Console.WriteLine($"Median of {o.Runs} run(s), {o.Rate:N0} events/s in batches of {o.Batch} for {o.Seconds} s (ms):");
        void Line(string name, Func<RunResult, Summary> pick)
        {
            double M(Func<Summary, double> f) => results.Select(r => f(pick(r))).Order().ElementAt(results.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-44} p50 {M(s => s.P50),8:F2}  p95 {M(s => s.P95),8:F2}  p99 {M(s => s.P99),8:F2}  errors {M(s => s.Errors)}"));
        }
        Line("ingest POST /analytics/events", r => r.Ingest);
        Line("event → pushed in a 1 s window (SSE, progress)", r => r.Push);
        Line("series 30 d, step 15m, role:member", r => r.Series15m);
        Line("series 30 d, step 1h, role:member", r => r.Series1h);
        Line("GET /users, idle", r => r.UsersIdle);
        Line("GET /users, during ingest", r => r.UsersLoaded);
        var rates = results.Select(r => r.Accepted / (double)o.Seconds).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  accepted {rates[rates.Count / 2]:F0} events/s (median)"));
        return 0;
    }

    private static async Task<RunResult> RunOnceAsync(Options o, string serverDll, int run)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["Analytics__EventsPerMinutePerSource"] = "1000000000" };
        await using var server = await ServerProcess.StartAsync(serverDll, dir, environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));
        var seeded = await RollupSeeder.SeedAsync(dir, TimeSpan.FromDays(30));
        Console.WriteLine($"run {run}: seeded {seeded:N0} rollup rows (30 days of 1-minute, 15-minute and 1-hour rollups)");

        var to = DateTime.UtcNow;
        string Series(string step) => $"/api/v1/analytics/series?metric=events&segment=role:member&step={step}" +
            $"&from={to.AddDays(-30):O}&to={to:O}".Replace("+", "%2B", StringComparison.Ordinal);
        var series15m = await Measure.SequentialAsync(o.Reads / 2, async _ => (await http.GetAsync(Series("15m"))).IsSuccessStatusCode);
        var series1h = await Measure.SequentialAsync(o.Reads / 2, async _ => (await http.GetAsync(Series("1h"))).IsSuccessStatusCode);
        var usersIdle = await Measure.SequentialAsync(o.Reads, async _ => (await http.GetAsync("/api/v1/users?limit=50")).IsSuccessStatusCode);

        using var stop = new CancellationTokenSource();
        var windows = new List<(DateTime Start, DateTime End, DateTime? Through, long Arrived, long Counted)>();
        var follower = FollowAsync(http, windows, stop.Token);

        var batches = new List<(long Due, DateTime ReceivedAt)>();
        long accepted = 0, refused = 0;
        var ingest = new LongHistogram(600_000_000, 3);
        using var loadDone = new CancellationTokenSource();
        // GET /users during the ingest, paced at --read-rate (a probe of what a panel user feels, not a second load:
        // a closed loop of reads would take a core of its own and count against the ingest it measures).
        var loadedUsers = Task.Run(async () =>
        {
            var h = new LongHistogram(600_000_000, 3);
            var errors = 0;
            var every = TimeSpan.FromSeconds(1.0 / Math.Max(1, o.ReadRate));
            var next = Stopwatch.GetTimestamp();
            while (!loadDone.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                if (!(await http.GetAsync("/api/v1/users?limit=50")).IsSuccessStatusCode) errors++;
                h.RecordValue((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                next += (long)(every.TotalSeconds * Stopwatch.Frequency);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), next);
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
            }
            return Summarize(h, errors);
        });

        var requests = o.Rate * o.Seconds / o.Batch;
        var body = Body(o.Batch, run);
        var origin = Stopwatch.GetTimestamp();
        var tasks = new List<Task>(requests);
        for (var i = 0; i < requests; i++)
        {
            var due = origin + (long)(i * (double)Stopwatch.Frequency * o.Batch / o.Rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            tasks.Add(Task.Run(async () =>
            {
                using var response = await http.PostAsync("/api/v1/analytics/events", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });
                var micros = (long)Stopwatch.GetElapsedTime(due).TotalMicroseconds;
                DateTime? receivedAt = null;
                if (response.IsSuccessStatusCode)
                    receivedAt = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("received_at").GetDateTime().ToUniversalTime();
                lock (ingest)
                {
                    ingest.RecordValue(Math.Max(1, micros));
                    if (receivedAt is { } at)
                    {
                        accepted += o.Batch;
                        batches.Add((due, at));
                    }
                    else refused++;
                }
            }));
        }
        await Task.WhenAll(tasks);
        await loadDone.CancelAsync();
        var usersLoaded = await loadedUsers;
        await Task.Delay(TimeSpan.FromSeconds(3)); // the last windows close and are pushed
        await stop.CancelAsync();
        await follower;

        var push = new LongHistogram(600_000_000, 3);
        var unpushed = 0;
        List<(DateTime Start, DateTime End, DateTime? Through, long Arrived, long Counted)> seen;
        lock (windows) seen = [.. windows];
        foreach (var (due, receivedAt) in batches)
        {
            // Windows are in arrival order: the first that holds the batch is when it was pushed.
            var window = seen.FirstOrDefault(w => w.Start <= receivedAt && receivedAt < w.End && (w.Through is not { } through || receivedAt < through));
            if (window.Arrived == 0) unpushed++;
            else push.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(due, window.Arrived).TotalMicroseconds));
        }
        var counted = seen.Where(w => w.Through is null).Sum(w => w.Counted);
        var result = new RunResult(Summarize(ingest, (int)refused), Summarize(push, unpushed), series15m, series1h, usersIdle, usersLoaded,
            accepted, counted, refused);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run}: accepted {accepted:N0} events ({accepted / (double)o.Seconds:F0}/s), refused batches {refused}, counted in pushed windows {counted:N0}; working set {server.WorkingSet / 1024 / 1024} MiB"));
        Console.WriteLine($"  ingest {result.Ingest}\n  push   {result.Push}\n  series 15m {series15m}\n  series 1h  {series1h}\n  users idle {usersIdle}\n  users load {usersLoaded}");
        return result;
    }

    /// <summary>One SDK batch, the same bytes for every request (the server's receive time is what matters here).</summary>
    private static byte[] Body(int size, int run)
    {
        var events = Enumerable.Range(0, size).Select(i => new Dictionary<string, object>
        {
            ["type"] = i % 10 == 0 ? "page_view" : "bench.click",
            ["session_id"] = $"bench{run}s{i % 50}",
            ["props"] = new Dictionary<string, object> { ["path"] = $"/page/{i % 20}", ["n"] = i },
        });
        return JsonSerializer.SerializeToUtf8Bytes(new { events, device = "desktop", client_version = "1.0.0" });
    }

    /// <summary>
    /// Reads the 1 s windows, closed and open, off <c>GET /analytics/stream?progress=true</c>, noting when each arrived,
    /// how far an open one counts, and how many SDK events it counted.
    /// </summary>
    private static async Task FollowAsync(HttpClient http, List<(DateTime, DateTime, DateTime?, long, long)> windows, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync("/api/v1/analytics/stream?interval=1s&progress=true", HttpCompletionOption.ResponseHeadersRead, ct);
            response.EnsureSuccessStatusCode();
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct), Encoding.UTF8);
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var arrived = Stopwatch.GetTimestamp();
                using var doc = JsonDocument.Parse(line.AsMemory(6));
                var w = doc.RootElement;
                long counted = 0;
                if (w.TryGetProperty("event_types", out var types))
                    foreach (var t in types.EnumerateObject())
                        if (t.Name is "bench.click" or "page_view") counted += t.Value.GetInt64();
                DateTime? through = w.TryGetProperty("through", out var th) && th.ValueKind == JsonValueKind.String ? th.GetDateTime().ToUniversalTime() : null;
                lock (windows)
                    windows.Add((w.GetProperty("start").GetDateTime().ToUniversalTime(), w.GetProperty("end").GetDateTime().ToUniversalTime(), through, arrived, counted));
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    private static Summary Summarize(LongHistogram h, int errors) => h.TotalCount == 0
        ? new Summary(double.NaN, double.NaN, double.NaN, double.NaN, 0, errors)
        : new(h.GetValueAtPercentile(50) / 1000.0, h.GetValueAtPercentile(95) / 1000.0, h.GetValueAtPercentile(99) / 1000.0,
            h.GetMaxValue() / 1000.0, (int)h.TotalCount, errors);
}
