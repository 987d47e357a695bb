using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using static Gatehouse.ApiBench.WebhookBench;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>analytics-yardstick</c> mode: the ingest half of the <c>analytics</c> mode (the same client, batches, rate and
/// open-loop timing from each batch's due time) against a bare Kestrel process that reads each body whole and answers
/// 202 with the same JSON shape: no auth, parsing, storage or live windows. Its p99 is the floor this machine and
/// this client allow at that rate, whatever the server does; run it beside <c>analytics</c> to see how much of the
/// ingest tail is the server's.
/// </summary>
public static class IngestYardstick
{
    public static async Task<int> RunAsync(string[] args)
    {
        int rate = Int(args, "--rate", 20_000), batch = Int(args, "--batch", 100), seconds = Int(args, "--seconds", 10), runs = Int(args, "--runs", 3);
        var p99s = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var self = typeof(IngestYardstick).Assembly.Location;
            using var server = Process.Start(new ProcessStartInfo("dotnet", [self, "yardstick-server", port.ToString(CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
            }) ?? throw new InvalidOperationException("could not start the yardstick server");
            try
            {
                await server.StandardOutput.ReadLineAsync(); // "ready"
                var (summary, load) = await IngestAsync(new Uri($"http://127.0.0.1:{port}"), rate, batch, seconds, run);
                Console.WriteLine($"run {run}: yardstick ingest {summary}  (load {load})");
                p99s.Add(summary.P99);
            }
            finally
            {
                server.Kill();
                await server.WaitForExitAsync();
            }
        }
        p99s.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Median p99 of {runs} run(s), bare Kestrel, {rate:N0} events/s in batches of {batch} for {seconds} s: {p99s[p99s.Count / 2]:F2} ms"));
        return 0;
    }

    /// <summary>The bare endpoint: reads the body to its end, answers 202 <c>{"accepted":n,"received_at":…}</c>.</summary>
    public static async Task<int> ServeAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{args[1]}");
        var app = builder.Build();
        app.MapPost("/api/v1/analytics/events", async (HttpContext http) =>
        {
            var buffer = new byte[64 * 1024];
            while (await http.Request.Body.ReadAsync(buffer) > 0)
            {
                // read it all, as the server does before parsing
            }
            http.Response.StatusCode = 202;
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($"{{\"accepted\":100,\"received_at\":\"{DateTime.UtcNow:O}\"}}");
        });
        await app.StartAsync();
        Console.WriteLine("ready");
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task<(Summary Summary, string Load)> IngestAsync(Uri baseAddress, int rate, int batch, int seconds, int run)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            events = Enumerable.Range(0, batch).Select(i => new Dictionary<string, object>
            {
                ["type"] = i % 10 == 0 ? "page_view" : "bench.click",
                ["session_id"] = $"bench{run}s{i % 50}",
                ["props"] = new Dictionary<string, object> { ["path"] = $"/page/{i % 20}", ["n"] = i },
            }),
            device = "desktop",
            client_version = "1.0.0",
        });
        var h = new LongHistogram(600_000_000, 3);
        var errors = 0;
        var requests = rate * seconds / batch;
        var origin = Stopwatch.GetTimestamp();
        var tasks = new List<Task>(requests);
        for (var i = 0; i < requests; i++)
        {
            var due = origin + (long)(i * (double)Stopwatch.Frequency * batch / rate);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            tasks.Add(Task.Run(async () =>
            {
                using var response = await http.PostAsync("/api/v1/analytics/events", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });
                var micros = (long)Stopwatch.GetElapsedTime(due).TotalMicroseconds;
                var ok = response.IsSuccessStatusCode;
                if (ok) JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("received_at").GetDateTime();
                lock (h)
                {
                    h.RecordValue(Math.Max(1, micros));
                    if (!ok) errors++;
                }
            }));
        }
        await Task.WhenAll(tasks);
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
        return (new Summary(h.GetValueAtPercentile(50) / 1000.0, h.GetValueAtPercentile(95) / 1000.0, h.GetValueAtPercentile(99) / 1000.0,
            h.GetMaxValue() / 1000.0, (int)h.TotalCount, errors), load);
    }
}
