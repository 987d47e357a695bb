using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// <c>imports</c> mode: for each size, a fresh server receives a CSV of that many new members
/// (upload = mapping + preview of every row), then commits it (one transaction, audit entry, event and
/// set-password link per member). Then a fresh server seeded with <c>--export</c> members streams
/// them out as CSV. Each step reports wall time and the server's peak resident memory (VmHWM).
/// </summary>
public static class ImportBench
{
    private sealed record Step(string Name, double Seconds, long PeakRssBytes, string Note);

    private static int Warm { get; set; }

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = WebhookBench.Arg(args, "--sizes", "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var export = WebhookBench.Int(args, "--export", 100_000);
        var runs = WebhookBench.Int(args, "--runs", 3);
        // A server that has run a while has compiled its write paths; --warm N imports N rows first, unmeasured.
        Warm = WebhookBench.Int(args, "--warm", 0);
        var serverDll = Path.GetFullPath(WebhookBench.Arg(args, "--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var results = new List<List<Step>>();
        for (var run = 1; run <= runs; run++)
        {
            var steps = new List<Step>();
            foreach (var size in sizes) steps.AddRange(await ImportAsync(serverDll, size, run));
            if (export > 0) steps.Add(await ExportAsync(serverDll, export));
            foreach (var s in steps) Console.WriteLine(Line($"run {run}: ", s));
            results.Add(steps);
        }
        Console.WriteLine($"Median of {runs} run(s):");
        for (var i = 0; i < results[0].Count; i++)
        {
            var at = i;
            double Median(Func<Step, double> pick) => results.Select(r => pick(r[at])).Order().ElementAt(results.Count / 2);
            Console.WriteLine(Line("  ", results[0][at] with { Seconds = Median(s => s.Seconds), PeakRssBytes = (long)Median(s => s.PeakRssBytes) }));
        }
        return 0;
    }

    private static string Line(string prefix, Step s) => string.Create(CultureInfo.InvariantCulture,
        $"{prefix}{s.Name,-34} {s.Seconds,8:F2} s   peak RSS {s.PeakRssBytes / 1024 / 1024,5} MiB   {s.Note}");

    private static async Task<HttpClient> SignedInAsync(ServerProcess server)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchHttp.LoginAsync(http));
        return http;
    }

    private static async Task<List<Step>> ImportAsync(string serverDll, int size, int run)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
        await using var server = await ServerProcess.StartAsync(serverDll, dir);
        using var http = await SignedInAsync(server);
        if (Warm > 0) await ImportOnceAsync(http, Csv($"warm{run}", Warm));
        var body = Csv($"imp{run}", size);
        var idle = server.PeakWorkingSet;
        // The server's CPU seconds per step: unlike the wall time, hardly moved by other work on a shared machine.
        var cpuStart = server.CpuTime;

        var start = Stopwatch.GetTimestamp();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var uploaded = await http.PostAsync("/api/v1/users/import?file_name=bench.csv", content);
        uploaded.EnsureSuccessStatusCode();
        var preview = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var import = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement;
        var toCreate = import.GetProperty("summary").GetProperty("create").GetInt32();
        var afterPreview = server.PeakWorkingSet;
        var cpuPreview = server.CpuTime;

        var commitStart = Stopwatch.GetTimestamp();
        var committed = await http.PostAsync($"/api/v1/users/import/{import.GetProperty("id").GetString()}/commit", null);
        committed.EnsureSuccessStatusCode();
        var commit = Stopwatch.GetElapsedTime(commitStart).TotalSeconds;
        var created = JsonDocument.Parse(await committed.Content.ReadAsStringAsync()).RootElement.GetProperty("result").GetProperty("created").GetInt32();
        if (created != size || toCreate != size) throw new InvalidOperationException($"expected {size} members, previewed {toCreate}, created {created}");
        var peak = server.PeakWorkingSet;
        var cpuCommit = server.CpuTime - cpuPreview;
        var mb = body.Length / 1024.0 / 1024.0;
        return
        [
            new($"import {size,7:N0}: upload + preview", preview, afterPreview, string.Create(CultureInfo.InvariantCulture, $"{mb:F1} MB file; idle peak {idle / 1024 / 1024} MiB; server CPU {(cpuPreview - cpuStart).TotalSeconds:F2} s")),
            new($"import {size,7:N0}: commit", commit, peak, string.Create(CultureInfo.InvariantCulture, $"{size / commit:N0} rows/s; server CPU {cpuCommit.TotalSeconds:F2} s")),
            new($"import {size,7:N0}: preview + commit", preview + commit, peak, ""),
        ];
    }

    private static byte[] Csv(string prefix, int size)
    {
        var csv = new StringBuilder("username,email,display_name,roles,tags\n");
        for (var i = 0; i < size; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{prefix}.{i},{prefix}.{i}@bench.example,\"Imported {i}\",member,\"imported,bench\"\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static async Task ImportOnceAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var uploaded = await http.PostAsync("/api/v1/users/import?file_name=warm.csv", content);
        uploaded.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        (await http.PostAsync($"/api/v1/users/import/{id}/commit", null)).EnsureSuccessStatusCode();
    }

    private static async Task<Step> ExportAsync(string serverDll, int members)
    {
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", Guid.NewGuid().ToString("N"));
        await using var server = await ServerProcess.StartAsync(serverDll, dir);
        await Seeder.SeedAsync(dir, members);
        using var http = await SignedInAsync(server);
        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync("/api/v1/users/export?format=csv", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return new($"export {members,7:N0} (csv)", seconds, server.PeakWorkingSet,
            string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:F1} MB, {lines - 1:N0} rows"));
    }
}
