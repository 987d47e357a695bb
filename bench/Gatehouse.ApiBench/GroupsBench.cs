using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>groups</c> mode: N seeded members (a fifth carry the tag "vip"), then a dynamic group rule
/// "give tag vip-club (or, with <c>--target role</c>, a new role) to members with tag vip": the preview's
/// answer time (the first, cold, and the median of three more), and
/// the time from saving the rule until every matching member has the tag (the rule's member count,
/// read every 100 ms, reaches the preview's gain), through the member write path (audit + event per member).
/// </summary>
public static class GroupsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var users = WebhookBench.Int(args, "--users", 100_000);
        var runs = WebhookBench.Int(args, "--runs", 3);
        var byRole = WebhookBench.Arg(args, "--target", "tag") == "role";
        var serverDll = Path.GetFullPath(WebhookBench.Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var results = new List<(double PreviewMs, double ApplySeconds, int Gain)>();
        for (var run = 1; run <= runs; run++)
        {
            var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
            await using var server = await ServerProcess.StartAsync(serverDll, dir);
            await Seeder.SeedAsync(dir, users);
            using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));
            var condition = new { op = "and", conditions = new[] { new { type = "has_tag", tag = "vip" } } };
            object rule = new { name = "vip club", tag = "vip-club", condition };
            if (byRole)
            {
                (await http.PostAsJsonAsync("/api/v1/roles", new { name = "vip-club", priority = 20, permissions = Array.Empty<string>() })).EnsureSuccessStatusCode();
                rule = new { name = "vip club", role = "vip-club", condition };
            }

            var previews = new List<double>();
            var gain = 0;
            for (var i = 0; i < 4; i++) // the first warms the server up
            {
                var start = Stopwatch.GetTimestamp();
                var response = await http.PostAsJsonAsync("/api/v1/groups/rules/preview", rule);
                response.EnsureSuccessStatusCode();
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                gain = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("gain").GetInt32();
                if (i > 0) previews.Add(elapsed);
                else Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: first (cold) preview {elapsed:F0} ms"));
            }

            var saved = Stopwatch.GetTimestamp();
            var created = await http.PostAsJsonAsync("/api/v1/groups/rules", rule);
            created.EnsureSuccessStatusCode();
            var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
            while (true)
            {
                var count = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/groups/rules/{id}")).RootElement.GetProperty("member_count").GetInt32();
                if (count >= gain) break;
                await Task.Delay(100);
            }
            var apply = Stopwatch.GetElapsedTime(saved).TotalSeconds;
            var preview = previews.Order().ElementAt(previews.Count / 2);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {users:N0} members, gain {gain:N0} ({(byRole ? "role" : "tag")}): preview {preview:F0} ms (median of {previews.Count}), applied in {apply:F1} s"));
            results.Add((preview, apply, gain));
        }
        double Median(Func<(double PreviewMs, double ApplySeconds, int Gain), double> pick) => results.Select(pick).Order().ElementAt(results.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Median of {runs} run(s), {users:N0} members, {results[0].Gain:N0} gaining: preview {Median(r => r.PreviewMs):F0} ms, apply {Median(r => r.ApplySeconds):F1} s"));
        return 0;
    }
}
