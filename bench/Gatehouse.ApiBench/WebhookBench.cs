using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>webhooks</c> mode: N loopback receivers (Kestrel in this process), one webhook each for
/// <c>user.updated</c>; members are renamed at a fixed rate (open loop) and every receiver records
/// when each event reached it. Latency is "event recorded in the committing transaction" (the
/// body's <c>timestamp</c>, the outbox's occurred_at) → "receiver got the request", both on this
/// machine's clock. Throughput is deliveries received per second over the run, drain included.
/// </summary>
public static class WebhookBench
{
    /// <param name="Postgres">A PostgreSQL server connection string; each run gets a database of its own. Without it: SQLite.</param>
    private sealed record Options(int Rate, int Seconds, int Endpoints, int Members, int Runs, string ServerDll, string? Postgres);

    public static async Task<int> RunAsync(string[] args)
    {
        var o = new Options(Int(args, "--rate", 100), Int(args, "--seconds", 20), Int(args, "--endpoints", 10), Int(args, "--members", 500),
            Int(args, "--runs", 3), Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"),
            Arg(args, "--postgres", "") is { Length: > 0 } pg ? pg : null);
        var serverDll = Path.GetFullPath(o.ServerDll);
        var results = new List<(double P50, double P99, double Max, double Throughput, long Lost)>();
        for (var run = 1; run <= o.Runs; run++) results.Add(await RunOnceAsync(o, serverDll, run));

        double Median(Func<(double P50, double P99, double Max, double Throughput, long Lost), double> pick) =>
            results.Select(pick).Order().ElementAt(results.Count / 2);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Median of {o.Runs} run(s), {o.Rate} events/s × {o.Endpoints} endpoints for {o.Seconds} s: committed → received p50 {Median(r => r.P50):F1} ms  p99 {Median(r => r.P99):F1} ms  max {Median(r => r.Max):F1} ms  throughput {Median(r => r.Throughput):F0} deliveries/s  lost {Median(r => r.Lost)}"));
        return 0;
    }

    private static async Task<(double, double, double, double, long)> RunOnceAsync(Options o, string serverDll, int run)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["Gatehouse__Webhooks__AllowLoopback"] = "true" };
        if (o.Postgres is { } pg)
        {
            environment["Gatehouse__Database__Provider"] = "Postgres";
            environment["ConnectionStrings__Postgres"] = $"{pg};Database=gh_bench_{Guid.NewGuid():N}";
        }
        await using var server = await ServerProcess.StartAsync(serverDll, dir, environment);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));

        var latency = new LongHistogram(600_000_000, 3);
        var seen = new ConcurrentDictionary<(int Endpoint, string EventId), byte>();
        var lastReceipt = 0L;
        var receivers = new List<WebApplication>();
        for (var e = 0; e < o.Endpoints; e++)
        {
            var endpoint = e;
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            app.MapPost("/hook", async (HttpContext ctx) =>
            {
                var got = DateTime.UtcNow;
                using var body = await JsonDocument.ParseAsync(ctx.Request.Body);
                var sent = DateTime.Parse(body.RootElement.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
                var id = ctx.Request.Headers["webhook-id"].ToString();
                if (seen.TryAdd((endpoint, id), 0))
                    lock (latency) latency.RecordValue(Math.Max(1, (long)(got - sent).TotalMicroseconds));
                Interlocked.Exchange(ref lastReceipt, Stopwatch.GetTimestamp());
                return Results.Ok();
            });
            await app.StartAsync();
            receivers.Add(app);
            var created = await http.PostAsJsonAsync("/api/v1/webhooks", new
            {
                url = app.Urls.First() + "/hook",
                event_types = new[] { "user.updated" },
                max_per_second = 1000,
            });
            created.EnsureSuccessStatusCode();
        }

        var members = new List<string>();
        for (var i = 0; i < o.Members; i++)
        {
            var response = await http.PostAsJsonAsync("/api/v1/users", new
            {
                username = $"wh{run}m{i}",
                email = $"wh{run}m{i}@bench.test",
                password = "Bench-Member-Passw0rd!",
                display_name = $"Member {i}",
            });
            response.EnsureSuccessStatusCode();
            members.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        }

        var total = o.Rate * o.Seconds;
        var errors = 0;
        var start = Stopwatch.GetTimestamp();
        var tasks = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * (double)Stopwatch.Frequency / o.Rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                var member = members[index % members.Count];
                var response = await http.PatchAsJsonAsync($"/api/v1/users/{member}", new { display_name = $"Renamed {index}" });
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
            }));
        }
        await Task.WhenAll(tasks);
        var expected = (long)(total - errors) * o.Endpoints;

        // Drain: wait until everything arrived, or nothing arrived for 30 s.
        while (seen.Count < expected && Stopwatch.GetElapsedTime(Interlocked.Read(ref lastReceipt)) < TimeSpan.FromSeconds(30))
            await Task.Delay(100);
        var elapsed = Stopwatch.GetElapsedTime(start, Interlocked.Read(ref lastReceipt)).TotalSeconds;
        var throughput = seen.Count / elapsed;
        foreach (var r in receivers) await r.DisposeAsync();

        var lost = expected - seen.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"run {run}: {total - errors} events ({errors} request errors), {seen.Count}/{expected} deliveries in {elapsed:F1} s = {throughput:F0}/s; committed → received p50 {latency.GetValueAtPercentile(50) / 1000.0:F1} ms  p99 {latency.GetValueAtPercentile(99) / 1000.0:F1} ms  max {latency.GetMaxValue() / 1000.0:F1} ms  lost {lost}"));
        return (latency.GetValueAtPercentile(50) / 1000.0, latency.GetValueAtPercentile(99) / 1000.0, latency.GetMaxValue() / 1000.0, throughput, lost);
    }

    internal static string Arg(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    internal static int Int(string[] args, string name, int fallback) =>
        int.Parse(Arg(args, name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
}

/// <summary>Sign-in as the bench owner.</summary>
public static class BenchHttp
{
    public static async Task<string> LoginAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/auth/login",
            new { email = ServerProcess.OwnerEmail, password = ServerProcess.OwnerPassword, refresh_in_body = true });
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }
}
