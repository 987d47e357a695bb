using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HdrHistogram;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>auth</c> mode: the same cheap request (<c>GET /api/v1/roles</c>), one at a time, with a JWT
/// and with an API key of the same owner, interleaved in blocks so both see the same machine
/// state. The difference of the p50s is what authenticating with a key costs per request (hash
/// check, key row, creator's access, rate-limit counter) over validating a JWT (signature, session row, access).
/// </summary>
public static class AuthBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var requests = WebhookBench.Int(args, "--requests", 5000);
        var runs = WebhookBench.Int(args, "--runs", 3);
        var serverDll = Path.GetFullPath(WebhookBench.Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var results = new List<(double Jwt, double Key)>();
        for (var run = 1; run <= runs; run++)
        {
            var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
            await using var server = await ServerProcess.StartAsync(serverDll, dir, new Dictionary<string, string>
            {
                ["Gatehouse__ApiKeys__DefaultRateLimitPerMinute"] = "100000000",
            });
            using var http = new HttpClient { BaseAddress = server.BaseAddress };
            var jwt = await BenchHttp.LoginAsync(http);
            using var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/api-keys")
            {
                Content = JsonContent.Create(new { name = "bench", scopes = new[] { "roles.read" } }),
            };
            create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
            var created = await http.SendAsync(create);
            created.EnsureSuccessStatusCode();
            var key = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString()!;

            var (withJwt, withKey) = (new LongHistogram(60_000_000, 3), new LongHistogram(60_000_000, 3));
            var errors = 0;
            for (var i = 0; i < requests / 100 * 2 + 2; i++) // warm-up blocks are the first two
            {
                var useKey = i % 2 == 1;
                var h = i < 2 ? new LongHistogram(60_000_000, 3) : useKey ? withKey : withJwt;
                for (var j = 0; j < 100; j++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/roles");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", useKey ? key : jwt);
                    var start = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(request);
                    await response.Content.LoadIntoBufferAsync();
                    h.RecordValue(Math.Max(1, (long)Stopwatch.GetElapsedTime(start).TotalMicroseconds));
                    if (!response.IsSuccessStatusCode) errors++;
                }
            }
            var (j50, k50) = (withJwt.GetValueAtPercentile(50), withKey.GetValueAtPercentile(50));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: GET /api/v1/roles p50 JWT {j50} µs, API key {k50} µs (p99 {withJwt.GetValueAtPercentile(99)} / {withKey.GetValueAtPercentile(99)} µs), key overhead {k50 - j50} µs, errors {errors}"));
            results.Add((j50, k50));
        }
        double Median(Func<(double Jwt, double Key), double> pick) => results.Select(pick).Order().ElementAt(results.Count / 2);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Median of {runs} run(s), {requests} requests each way: p50 JWT {Median(r => r.Jwt):F0} µs, API key {Median(r => r.Key):F0} µs, key overhead {Median(r => r.Key - r.Jwt):F0} µs per request"));
        return 0;
    }
}
