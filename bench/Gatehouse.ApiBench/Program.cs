using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.ApiBench;
using HdrHistogram;

// Gatehouse API benchmark: starts the built server on loopback with a throw-away SQLite file,
// seeds N members, then measures latency percentiles. Not part of the test suite.
// Other modes: `webhooks` (delivery throughput and latency), `auth` (API key vs JWT per request) and
// `analytics` (ingest rate and latency, event → push, series query, effect on GET /users), `analytics-yardstick`
// (the same ingest load against a bare Kestrel endpoint: the floor this machine allows), `api-yardstick` (the mixed
// load against a bare ASP.NET Core + SQLite server: the floor this machine allows for it), `groups`
// (dynamic group rule preview and apply time), `groups-steady` (rule evaluation cost under the demo simulator)
// and `imports` (member import preview + commit, export; peak RSS), `restore` (RTO: restore time of a big backup),
// `moderation` (the report queue and the moderation log over 10k open reports and 100k sanctions).
// `seed <data directory> <members>`: fills a stopped server's SQLite file as the runs do, to profile a server of your own.
if (args.FirstOrDefault() == "seed")
{
    Console.WriteLine($"seeded in {(await Seeder.SeedAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture))).TotalSeconds:F1} s");
    return 0;
}
if (args.FirstOrDefault() == "moderation") return await ModerationBench.RunAsync(args);
if (args.FirstOrDefault() == "restore") return await RestoreBench.RunAsync(args);
if (args.FirstOrDefault() == "imports") return await ImportBench.RunAsync(args);
if (args.FirstOrDefault() == "webhooks") return await WebhookBench.RunAsync(args);
if (args.FirstOrDefault() == "auth") return await AuthBench.RunAsync(args);
if (args.FirstOrDefault() == "analytics") return await AnalyticsBench.RunAsync(args);
if (args.FirstOrDefault() == "analytics-yardstick") return await IngestYardstick.RunAsync(args);
if (args.FirstOrDefault() == "yardstick-server") return await IngestYardstick.ServeAsync(args);
if (args.FirstOrDefault() == "api-yardstick") return await ApiYardstick.RunAsync(args);
if (args.FirstOrDefault() == "api-yardstick-server") return await ApiYardstickServer.ServeAsync(args);
if (args.FirstOrDefault() == "groups") return await GroupsBench.RunAsync(args);
if (args.FirstOrDefault() == "groups-steady") return await GroupsSteadyBench.RunAsync(args);

var options = BenchOptions.Parse(args);
var serverDll = Path.GetFullPath(options.ServerDll);
if (!File.Exists(serverDll))
{
    Console.Error.WriteLine($"Build the server first: dotnet build src/Gatehouse.Server -c Release  (looked for {serverDll})");
    return 2;
}

var results = new List<Dictionary<string, Summary>>();
var databases = new List<string>();
for (var run = 1; run <= options.Runs; run++)
{
    var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
    // --postgres: a database of its own per run (the server creates it), dropped when every run is done.
    var database = $"gh_bench_{Guid.NewGuid():N}";
    var environment = options.Postgres is null ? new Dictionary<string, string>() : new Dictionary<string, string>
    {
        ["Gatehouse__Database__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = $"{options.Postgres};Database={database}",
    };
    // GATEHOUSE_BENCH_SERVER_ENV="NAME=value …": variables for the server alone (a runtime knob to compare), as in
    // bench/presence-server.sh; the bench's own process keeps its defaults.
    foreach (var pair in (Environment.GetEnvironmentVariable("GATEHOUSE_BENCH_SERVER_ENV") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        if (pair.Split('=', 2) is [var name, var value]) environment[name] = value;
    await using var server = await ServerProcess.StartAsync(serverDll, dir, environment);
    if (options.Postgres is not null) databases.Add(database);
    var seeded = options.Postgres is null
        ? await Seeder.SeedAsync(dir, options.Users)
        : await PostgresSeeder.SeedAsync($"{options.Postgres};Database={database}", options.Users);
    Console.WriteLine($"run {run}: seeded {options.Users:N0} members in {seeded.TotalSeconds:F1} s ({(options.Postgres is null ? "SQLite" : "PostgreSQL")})");

    // Connections are kept for the whole run: with the default idle timeout (one minute), those the warm-up's cold start
    // opened were closed together a minute later, in the middle of a measured step (a timeline showed the stall, and the
    // server compiling its connection teardown then).
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10), PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = server.BaseAddress,
    };
    var token = await LoginAsync(http, ServerProcess.OwnerEmail, ServerProcess.OwnerPassword);
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var scenarios = new Scenarios(http, options.Users);

    // Each result is printed as soon as it is measured, so a run cut short still reports what it got.
    var summaries = new PrintingResults(run);
    // Server and bench CPU per request beside the latencies: on two shared cores, the budget a rate needs.
    async Task<Summary> Cpu(Func<Task<Summary>> measure)
    {
        var (serverBefore, benchBefore) = (server.CpuTime, Process.GetCurrentProcess().TotalProcessorTime);
        var summary = await measure();
        var (serverAfter, benchAfter) = (server.CpuTime, Process.GetCurrentProcess().TotalProcessorTime);
        var n = Math.Max(1, summary.Count);
        return summary with { ServerCpuMs = (serverAfter - serverBefore).TotalMilliseconds / n, BenchCpuMs = (benchAfter - benchBefore).TotalMilliseconds / n };
    }
    // Unmeasured warm-up: a fresh .NET process keeps compiling for minutes (each method again with tiered PGO, ~20,000
    // of them here), which took a sixth of the server's CPU during the first minute's mixed load. Measured after it,
    // the figures are the server's, not its compiler's. The warm-up's own latencies are printed, not counted.
    if (options.WarmupSeconds > 0)
    {
        await Measure.SequentialAsync(50, i => scenarios.CreateAsync($"r{run}u{i}")); // members for get and edit
        var warm = await Measure.OpenLoopAsync(150, options.WarmupSeconds, i => scenarios.MixedAsync(i, run));
        await SearchClasses.MeasureAsync(http, 20);
        Console.WriteLine($"  run {run} warm-up (not counted): mixed @ 150 req/s for {options.WarmupSeconds} s {warm}, then each search class 20 times");
    }
    Console.WriteLine($"  run {run}: the server settled in {(await server.SettleAsync(TimeSpan.FromSeconds(60))).TotalSeconds:F1} s");
    if (!options.MixedOnly)
    {
        summaries["GET /users?q= (sequential)"] = await Cpu(() => Measure.SequentialAsync(options.Requests, _ => scenarios.SearchAsync()));
        summaries["GET /users page (sequential)"] = await Cpu(() => Measure.SequentialAsync(options.Requests, _ => scenarios.ListPageAsync()));
        summaries["POST /users (sequential)"] = await Cpu(() => Measure.SequentialAsync(options.Requests / 2, i => scenarios.CreateAsync($"r{run}s{i}")));
        summaries["GET /users/{id} (sequential)"] = await Cpu(() => Measure.SequentialAsync(options.Requests / 2, _ => scenarios.GetOneAsync()));
        summaries["PATCH /users/{id} (sequential)"] = await Cpu(() => Measure.SequentialAsync(options.Requests / 2, i => scenarios.EditAsync(i)));
        summaries["POST /auth/login (sequential, Argon2id 19 MiB t=2)"] = await Cpu(() => Measure.SequentialAsync(Math.Max(20, options.Requests / 20), _ => scenarios.LoginAsync()));
        if (options.ClassRequests > 0)
            foreach (var (name, s) in await SearchClasses.MeasureAsync(http, options.ClassRequests)) summaries[name] = s;
    }
    else await Measure.SequentialAsync(50, i => scenarios.CreateAsync($"r{run}w{i}")); // members for the mixed load's get and edit
    foreach (var rate in options.Rates)
        summaries[$"mixed @ {rate} req/s for {options.Seconds} s (open loop)"] =
            await Cpu(() => Measure.OpenLoopAsync(rate, options.Seconds, i => scenarios.MixedAsync(i, run)));
    // --by-kind R: each kind of the mix alone at R req/s, and the cheapest authenticated request beside them (the
    // pipeline's floor: authentication, the session check, logging, metrics, JSON), so the mix's CPU budget can be read
    // kind by kind. Each kind's share of the mix times its CPU per request adds up to the mix's.
    if (options.ByKindRate > 0)
        foreach (var (kind, request) in scenarios.Kinds(run))
            summaries[$"{kind} alone @ {options.ByKindRate} req/s for {options.Seconds} s"] =
                await Cpu(() => Measure.OpenLoopAsync(options.ByKindRate, options.Seconds, request));
    Console.WriteLine($"run {run}: server working set {server.WorkingSet / 1024 / 1024} MiB");
    results.Add(summaries);
}

foreach (var database in databases) await PostgresSeeder.DropAsync(options.Postgres!, database);

Console.WriteLine();
Console.WriteLine($"Median of {options.Runs} run(s), {options.Users:N0} members, latency in ms:");
foreach (var name in results[0].Keys)
{
    double Median(Func<Summary, double> pick) => results.Select(r => pick(r[name])).Order().ElementAt(results.Count / 2);
    Console.WriteLine($"  {name,-62} p50 {Median(s => s.P50),7:F2}  p95 {Median(s => s.P95),7:F2}  p99 {Median(s => s.P99),7:F2}  errors {Median(s => s.Errors)}");
}
return 0;

static async Task<string> LoginAsync(HttpClient http, string email, string password)
{
    var response = await http.PostAsJsonAsync("/api/v1/auth/login", new { email, password, refresh_in_body = true });
    response.EnsureSuccessStatusCode();
    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
}

internal sealed record BenchOptions(
    int Users, int Requests, int Rate, int Seconds, int Runs, string ServerDll, int ClassRequests, bool MixedOnly, int[] Rates, int WarmupSeconds, string? Postgres,
    int ByKindRate)
{
    public static BenchOptions Parse(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        int Int(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        // --rates 400,500,600 runs the mixed load at each rate in turn (finding the knee); --mixed-only skips the sequential parts.
        var rate = Int("--rate", 500);
        var rates = Arg("--rates", rate.ToString(CultureInfo.InvariantCulture)).Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        return new(Int("--users", 100_000), Int("--requests", 1000), rate, Int("--seconds", 20), Int("--runs", 3),
            Arg("--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"), Int("--class-requests", 200),
            args.Contains("--mixed-only"), rates, Int("--warmup", 60), Arg("--postgres", "") is { Length: > 0 } pg ? pg : null,
            Int("--by-kind", 0));
    }
}

internal sealed record Summary(double P50, double P95, double P99, double Max, int Count, int Errors)
{
    /// <summary>CPU time the server and the bench process used per request while this was measured (NaN when not read).</summary>
    public double ServerCpuMs { get; init; } = double.NaN;

    public double BenchCpuMs { get; init; } = double.NaN;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Count,6}  p50 {P50,7:F2}  p95 {P95,7:F2}  p99 {P99,7:F2}  max {Max,8:F2}  errors {Errors}")
        + (double.IsNaN(ServerCpuMs) ? "" : string.Create(CultureInfo.InvariantCulture, $"  cpu/req server {ServerCpuMs,5:F2} bench {BenchCpuMs,5:F2} ms"));
}

internal static class Measure
{
    private static Summary Summarize(LongHistogram h, int errors) => new(
        h.GetValueAtPercentile(50) / 1000.0, h.GetValueAtPercentile(95) / 1000.0, h.GetValueAtPercentile(99) / 1000.0,
        h.GetMaxValue() / 1000.0, (int)h.TotalCount, errors);

    /// <summary>One request at a time: the latency a single user sees.</summary>
    public static async Task<Summary> SequentialAsync(int count, Func<int, Task<bool>> request)
    {
        var h = new LongHistogram(600_000_000, 3);
        var errors = 0;
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (!await request(i)) errors++;
            h.RecordValue((long)Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }
        return Summarize(h, errors);
    }

    /// <summary>
    /// A fixed arrival rate, whatever the server does: latency is counted from when each request
    /// was due, so a stall shows up in the percentiles instead of silently lowering the rate.
    /// </summary>
    public static async Task<Summary> OpenLoopAsync(int rate, int seconds, Func<int, Task<bool>> request)
    {
        var h = new LongHistogram(600_000_000, 3);
        var errors = 0;
        var total = rate * seconds;
        var tasks = new List<Task>(total);
        // GATEHOUSE_BENCH_TIMELINE=<directory>: every request's due time and latency written to a CSV per measure, to
        // tell a stall (slow requests bunched in time) from a saturated machine (slow requests spread over the run).
        var timeline = Environment.GetEnvironmentVariable("GATEHOUSE_BENCH_TIMELINE") is { Length: > 0 } ? new (double Due, double Ms)[total] : null;
        var origin = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = origin + (long)(i * (double)Stopwatch.Frequency / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                bool ok;
                try
                {
                    ok = await request(index);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    ok = false; // a timeout under overload is an error of the run, not the end of the bench
                }
                var micros = (long)Stopwatch.GetElapsedTime(due).TotalMicroseconds;
                if (timeline is not null) timeline[index] = (Stopwatch.GetElapsedTime(origin, due).TotalMilliseconds, micros / 1000.0);
                lock (h)
                {
                    h.RecordValue(Math.Max(1, micros));
                    if (!ok) errors++;
                }
            }));
        }
        await Task.WhenAll(tasks);
        if (timeline is not null) WriteTimeline(rate, seconds, origin, timeline);
        return Summarize(h, errors);
    }

    // The origin in the monotonic clock's nanoseconds (Stopwatch's ticks on Linux), so a profile recorded with
    // `perf record -k CLOCK_MONOTONIC` can be lined up with the requests.
    private static void WriteTimeline(int rate, int seconds, long origin, (double Due, double Ms)[] timeline)
    {
        var dir = Environment.GetEnvironmentVariable("GATEHOUSE_BENCH_TIMELINE")!;
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"{DateTime.UtcNow:HHmmss}-{rate}x{seconds}.csv");
        File.WriteAllLines(path, [$"# origin_ns={(long)(origin * (1e9 / Stopwatch.Frequency))}", "due_ms,latency_ms,index", .. timeline.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{t.Due:F1},{t.Ms:F2},{i}"))]);
    }
}

internal sealed class Scenarios(HttpClient http, int users)
{
    private static readonly string[] Terms = ["mart", "lea", "bern", "dubois", "chloe.pe", "hugo", "nathan.si", "zoe", "12", "4567", "emma.thomas9", "noone-matches"];
    private readonly List<Guid> _created = [];
    private int _next;

    private string NextTerm() => Terms[Interlocked.Increment(ref _next) % Terms.Length];

    public async Task<bool> SearchAsync() => (await http.GetAsync($"/api/v1/users?q={NextTerm()}&limit=50")).IsSuccessStatusCode;

    public async Task<bool> ListPageAsync()
    {
        var start = Seeder.UsernameFor(Random.Shared.Next(users)).ToUpperInvariant();
        return (await http.GetAsync($"/api/v1/users?limit=50&sort=-created_at")).IsSuccessStatusCode && start.Length > 0;
    }

    public async Task<bool> CreateAsync(string suffix)
    {
        var name = $"bench.{suffix}.{Guid.NewGuid():N}"[..30];
        var response = await http.PostAsJsonAsync("/api/v1/users", new { username = name, email = $"{name}@bench.example", display_name = "Bench" });
        if (!response.IsSuccessStatusCode) return false;
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        lock (_created) _created.Add(id);
        return true;
    }

    public async Task<bool> LoginAsync() =>
        (await http.PostAsJsonAsync("/api/v1/auth/login", new { email = ServerProcess.OwnerEmail, password = ServerProcess.OwnerPassword, refresh_in_body = true }))
        .IsSuccessStatusCode;

    /// <summary>60% search, 15% get one, 10% list page, 10% create, 5% edit.</summary>
    public async Task<bool> MixedAsync(int i, int run)
    {
        var pick = i % 20;
        if (pick < 12) return await SearchAsync();
        if (pick < 15) return await GetOneAsync();
        if (pick < 17) return await ListPageAsync();
        if (pick < 19) return await CreateAsync($"m{run}x{i}");
        return await EditAsync(i);
    }

    /// <summary>The mix's kinds with their share (of 20), the floor (an authenticated read of the member signed in) and the role list.</summary>
    public IEnumerable<(string Kind, Func<int, Task<bool>> Request)> Kinds(int run) =>
    [
        ("floor: GET /auth/me (0/20)", async _ => (await http.GetAsync("/api/v1/auth/me")).IsSuccessStatusCode),
        ("GET /roles with member counts (0/20)", async _ => (await http.GetAsync("/api/v1/roles")).IsSuccessStatusCode),
        ("search: GET /users?q= (12/20)", _ => SearchAsync()),
        ("GET /users/{id} (3/20)", _ => GetOneAsync()),
        ("GET /users page (2/20)", _ => ListPageAsync()),
        ("POST /users (2/20)", i => CreateAsync($"k{run}x{i}")),
        ("PATCH /users/{id} (1/20)", EditAsync),
    ];

    public async Task<bool> GetOneAsync()
    {
        Guid id;
        lock (_created) id = _created.Count == 0 ? Guid.Empty : _created[Random.Shared.Next(_created.Count)];
        if (id == Guid.Empty) return await SearchAsync();
        return (await http.GetAsync($"/api/v1/users/{id}")).IsSuccessStatusCode;
    }

    public async Task<bool> EditAsync(int i)
    {
        Guid id;
        lock (_created) id = _created.Count == 0 ? Guid.Empty : _created[i % _created.Count];
        if (id == Guid.Empty) return await SearchAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/users/{id}") { Content = JsonContent.Create(new { display_name = $"Edited {i}" }) };
        return (await http.SendAsync(request)).IsSuccessStatusCode;
    }
}

internal sealed class PrintingResults(int run) : Dictionary<string, Summary>
{
    public new Summary this[string name]
    {
        get => base[name];
        set
        {
            base[name] = value;
            Console.WriteLine($"  run {run} {name,-62} {value}");
        }
    }
}
