using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>groups-steady</c> mode: the steady-state cost of dynamic group rules while the demo simulator runs.
/// A server in demo mode (N simulated members coming and going, changing status), the scheduled pass every
/// <c>--every</c> seconds; the server's CPU time is read over a window with no rule, then over the same
/// window with R time-bound rules (minutes online, tag and minutes, last seen), whose passes are counted
/// from their <c>last_evaluated_at</c> (read once a second in both windows, so the reading costs the same).
/// With <c>dotnet-counters</c> installed, the server's allocation rate over each window is read too.
/// </summary>
public static class GroupsSteadyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var members = WebhookBench.Int(args, "--members", 3000);
        var rules = WebhookBench.Int(args, "--rules", 10);
        var every = WebhookBench.Int(args, "--every", 30);
        var seconds = WebhookBench.Int(args, "--seconds", 120);
        var warmup = WebhookBench.Int(args, "--warmup", 30);
        var serverDll = Path.GetFullPath(WebhookBench.Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string>
        {
            ["Gatehouse__Demo__Enabled"] = "true",
            ["Gatehouse__Demo__Members"] = members.ToString(CultureInfo.InvariantCulture),
            ["Gatehouse__Groups__EvaluateEvery"] = TimeSpan.FromSeconds(every).ToString("c", CultureInfo.InvariantCulture),
        };
        await using var server = await ServerProcess.StartAsync(serverDll, dir, environment);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));
        Console.WriteLine($"demo server up ({members:N0} members); warming up {warmup} s");
        await Task.Delay(TimeSpan.FromSeconds(warmup));

        var idle = await MeasureAsync(server, http, seconds);
        Console.WriteLine(idle.Describe("demo only, no rule"));

        for (var i = 0; i < rules; i++)
            (await http.PostAsJsonAsync("/api/v1/groups/rules", Rule(i))).EnsureSuccessStatusCode();
        // The first apply of each rule is not steady state: wait until every rule has had a full pass.
        while ((await RulesAsync(http)).Any(r => r.LastEvaluatedAt is null)) await Task.Delay(1000);
        var busy = await MeasureAsync(server, http, seconds);
        Console.WriteLine(busy.Describe($"demo + {rules} rules, scheduled every {every} s"));

        var extraCpu = busy.CpuPercent - idle.CpuPercent;
        var passesPerSecond = busy.Passes / busy.Seconds;
        var allocation = busy.AllocatedMbPerSecond is { } a && idle.AllocatedMbPerSecond is { } b
            ? string.Create(CultureInfo.InvariantCulture, $"; allocation +{a - b:F1} MB/s") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rules cost {extraCpu:F1} % of one core; {passesPerSecond:F2} rule passes/s, ~{passesPerSecond * members:N0} member tests/s{allocation}"));
        return 0;
    }

    private static object Rule(int i) => (i % 3) switch
    {
        0 => new { name = $"steady {i}", tag = $"steady-{i}", condition = (object)new { type = "active_minutes", window_days = 1 + i % 7, at_least = 2 + i, keep_at_least = 1 } },
        1 => new
        {
            name = $"steady {i}",
            tag = $"steady-{i}",
            condition = (object)new
            {
                op = "and",
                conditions = new object[] { new { type = "has_tag", tag = "vip" }, new { type = "active_minutes", window_days = 7, at_least = 1 + i } },
            },
        },
        _ => new { name = $"steady {i}", tag = $"steady-{i}", condition = (object)new { type = "last_seen_before", days = 1 } },
    };

    private sealed record RuleState(string Id, string? LastEvaluatedAt);

    private static async Task<List<RuleState>> RulesAsync(HttpClient http)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/v1/groups/rules"));
        return [.. doc.RootElement.GetProperty("items").EnumerateArray().Select(r => new RuleState(r.GetProperty("id").GetString()!,
            r.GetProperty("last_evaluated_at").ValueKind == JsonValueKind.Null ? null : r.GetProperty("last_evaluated_at").GetString()))];
    }

    private sealed record Window(double Seconds, double CpuPercent, int Passes, double? AllocatedMbPerSecond)
    {
        public string Describe(string label)
        {
            var allocation = AllocatedMbPerSecond is { } a ? string.Create(CultureInfo.InvariantCulture, $", allocating {a:F1} MB/s") : "";
            return string.Create(CultureInfo.InvariantCulture, $"{label}: server CPU {CpuPercent:F1} % of one core over {Seconds:F0} s, {Passes} rule passes{allocation}");
        }
    }

    private static async Task<Window> MeasureAsync(ServerProcess server, HttpClient http, int seconds)
    {
        var counters = AllocationCounter.Start(server.Pid, seconds);
        var seen = (await RulesAsync(http)).ToDictionary(r => r.Id, r => r.LastEvaluatedAt);
        var cpu = server.CpuTime;
        var clock = Stopwatch.StartNew();
        var passes = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            await Task.Delay(1000);
            foreach (var rule in await RulesAsync(http))
            {
                if (seen.TryGetValue(rule.Id, out var last) && last != rule.LastEvaluatedAt) passes++;
                seen[rule.Id] = rule.LastEvaluatedAt;
            }
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var used = (server.CpuTime - cpu).TotalSeconds;
        return new Window(elapsed, 100 * used / elapsed, passes, counters is null ? null : await counters);
    }
}
