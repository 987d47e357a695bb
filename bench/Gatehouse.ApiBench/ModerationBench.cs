using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>moderation</c> mode: N seeded members, 10,000 open reports and 100,000 sanctions (by default),
/// then the latency of the report queue and the moderation log as moderators read them: the queue's
/// first page (with its open and breached counts), the breached view, a second page through the
/// cursor, the log's first page, the log filtered by kind and by member. Sequential requests, one
/// warm-up each; medians over runs.
/// </summary>
public static class ModerationBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = WebhookBench.Int(args, "--users", 100_000);
        var reports = WebhookBench.Int(args, "--reports", 10_000);
        var sanctions = WebhookBench.Int(args, "--sanctions", 100_000);
        var requests = WebhookBench.Int(args, "--requests", 200);
        var runs = WebhookBench.Int(args, "--runs", 3);
        var serverDll = Path.GetFullPath(WebhookBench.Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var results = new List<Dictionary<string, Summary>>();
        for (var run = 1; run <= runs; run++)
        {
            var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
            await using var server = await ServerProcess.StartAsync(serverDll, dir);
            await Seeder.SeedAsync(dir, users);
            var seeded = await ModerationSeeder.SeedAsync(dir, reports, sanctions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {reports:N0} open reports and {sanctions:N0} sanctions seeded in {seeded.TotalSeconds:F1} s"));
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));

            var firstQueue = JsonDocument.Parse(await http.GetStringAsync("/api/v1/reports")).RootElement;
            var open = firstQueue.GetProperty("open_count").GetInt32();
            if (open != reports) throw new InvalidOperationException($"The queue counts {open} open reports, {reports} were seeded.");
            var nextReports = Uri.EscapeDataString(firstQueue.GetProperty("next_cursor").GetString()!);
            var firstLog = JsonDocument.Parse(await http.GetStringAsync("/api/v1/sanctions")).RootElement;
            var member = firstLog.GetProperty("items")[0].GetProperty("user_id").GetString();

            var summaries = new Dictionary<string, Summary>();
            foreach (var (name, url) in new (string, string)[]
            {
                ("GET /reports (queue, first page + counts)", "/api/v1/reports"),
                ("GET /reports?breached=true", "/api/v1/reports?breached=true"),
                ("GET /reports (second page, cursor)", $"/api/v1/reports?cursor={nextReports}"),
                ("GET /sanctions (log, first page)", "/api/v1/sanctions"),
                ("GET /sanctions?kind=mute", "/api/v1/sanctions?kind=mute"),
                ("GET /sanctions?member=<id>", $"/api/v1/sanctions?member={member}"),
            })
            {
                (await http.GetAsync(url)).EnsureSuccessStatusCode(); // warm-up
                summaries[name] = await Measure.SequentialAsync(requests, async _ => (await http.GetAsync(url)).IsSuccessStatusCode);
            }
            foreach (var (name, s) in summaries) Console.WriteLine($"  {name,-44} {s}");
            results.Add(summaries);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Median of {runs} run(s), {users:N0} members, {reports:N0} open reports, {sanctions:N0} sanctions, latency in ms:"));
        foreach (var name in results[0].Keys)
        {
            double Median(Func<Summary, double> pick) => results.Select(r => pick(r[name])).Order().ElementAt(results.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-44} p50 {Median(s => s.P50),7:F2}  p95 {Median(s => s.P95),7:F2}  p99 {Median(s => s.P99),7:F2}  errors {Median(s => s.Errors)}"));
        }
        return 0;
    }
}
