using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using static Gatehouse.ApiBench.WebhookBench;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>api-yardstick</c> mode: the mixed load of the default mode (the same client, <see cref="Scenarios"/>, open-loop
/// timing and CPU accounting) against <see cref="ApiYardstickServer"/>, a bare ASP.NET Core process that does only what
/// any server answering these requests must: validate a JWT, read and write the same 100k members in a SQLite file
/// with <c>synchronous=FULL</c>, find a search's members in memory, write one audit row per change, answer JSON. No
/// permissions, no signed audit chain, no outbox, events, webhooks, analytics, access log or ProblemDetails.
/// It answers what this machine allows at a rate, whatever Gatehouse does: the API's counterpart of the raw relay.
/// </summary>
public static class ApiYardstick
{
    public static async Task<int> RunAsync(string[] args)
    {
        int users = Int(args, "--users", 100_000), seconds = Int(args, "--seconds", 20), runs = Int(args, "--runs", 3),
            warmup = Int(args, "--warmup", 30), byKind = Int(args, "--by-kind", 0);
        var rates = Arg(args, "--rates", "500").Split(',').Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var results = new List<Dictionary<int, Summary>>();
        for (var run = 1; run <= runs; run++)
        {
            var dir = Path.Combine(Path.GetTempPath(), "gatehouse-api-yardstick", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var database = Path.Combine(dir, "yardstick.db");
            var seeded = await ApiYardstickServer.SeedAsync(database, users);
            Console.WriteLine($"run {run}: seeded {users:N0} members in {seeded.TotalSeconds:F1} s (SQLite)");
            var port = ServerProcess.FreePort();
            using var server = Process.Start(new ProcessStartInfo("dotnet", [typeof(ApiYardstick).Assembly.Location, "api-yardstick-server", port.ToString(CultureInfo.InvariantCulture), database])
            {
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("could not start the yardstick server");
            try
            {
                await server.StandardOutput.ReadLineAsync(); // "ready"
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10), PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) })
                {
                    BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                };
                var login = await http.PostAsync("/api/v1/auth/login", null);
                login.EnsureSuccessStatusCode();
                var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var scenarios = new Scenarios(http, users);
                await Measure.SequentialAsync(50, i => scenarios.CreateAsync($"r{run}w{i}")); // members for get and edit
                var warm = await Measure.OpenLoopAsync(150, warmup, i => scenarios.MixedAsync(i, run));
                Console.WriteLine($"  run {run} warm-up (not counted): mixed @ 150 req/s for {warmup} s {warm}");
                // Server and bench CPU per request beside the latencies, as in the default mode.
                async Task<Summary> Cpu(Func<Task<Summary>> measure)
                {
                    server.Refresh();
                    var (serverBefore, benchBefore) = (server.TotalProcessorTime, Process.GetCurrentProcess().TotalProcessorTime);
                    var summary = await measure();
                    server.Refresh();
                    var n = Math.Max(1, summary.Count);
                    return summary with
                    {
                        ServerCpuMs = (server.TotalProcessorTime - serverBefore).TotalMilliseconds / n,
                        BenchCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - benchBefore).TotalMilliseconds / n,
                    };
                }
                var byRate = new Dictionary<int, Summary>();
                foreach (var rate in rates)
                {
                    var summary = await Cpu(() => Measure.OpenLoopAsync(rate, seconds, i => scenarios.MixedAsync(i, run)));
                    Console.WriteLine($"  run {run} yardstick mixed @ {rate} req/s for {seconds} s (open loop) {summary}  (load {Load()})");
                    byRate[rate] = summary;
                }
                // --by-kind R: each kind of the mix alone, as the default mode's --by-kind does (the role list excepted: the
                // yardstick has no roles), so the two servers' CPU per request can be compared kind by kind.
                foreach (var (kind, request) in scenarios.Kinds(run).Where(k => byKind > 0 && !k.Kind.Contains("/roles", StringComparison.Ordinal)))
                    Console.WriteLine($"  run {run} yardstick {kind} alone @ {byKind} req/s for {seconds} s {await Cpu(() => Measure.OpenLoopAsync(byKind, seconds, request))}");
                results.Add(byRate);
            }
            finally
            {
                server.Kill();
                await server.WaitForExitAsync();
                Directory.Delete(dir, recursive: true);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"Median of {runs} run(s), bare ASP.NET Core + SQLite, {users:N0} members, latency in ms:");
        foreach (var rate in rates)
        {
            double Median(Func<Summary, double> pick) => results.Select(r => pick(r[rate])).Order().ElementAt(results.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  yardstick mixed @ {rate} req/s  p50 {Median(s => s.P50),7:F2}  p95 {Median(s => s.P95),7:F2}  p99 {Median(s => s.P99),7:F2}  errors {Median(s => s.Errors)}  cpu/req server {Median(s => s.ServerCpuMs):F2} bench {Median(s => s.BenchCpuMs):F2} ms"));
        }
        return 0;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
