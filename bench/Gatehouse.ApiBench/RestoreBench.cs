using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// The recovery time objective, measured: a SQLite database with N members and M audit entries
/// (seeded straight into the file, the chain signed with the server's key), one backup taken by the
/// server itself, then the <c>restore</c> command timed end to end (process start, checksum, unzip,
/// integrity check, audit chain walk, move into place) into a fresh data directory, R times.
/// </summary>
public static class RestoreBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        string Arg(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var members = int.Parse(Arg("--members", "100000"), CultureInfo.InvariantCulture);
        var audit = int.Parse(Arg("--audit", "1000000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(Arg("--runs", "3"), CultureInfo.InvariantCulture);
        var serverDll = Path.GetFullPath(Arg("--server", "src/Gatehouse.Server/bin/Release/net10.0/Gatehouse.Server.dll"));
        var dir = Path.Combine(Path.GetTempPath(), "gatehouse-bench", "rto-" + Guid.NewGuid().ToString("N"));
        var quiet = new Dictionary<string, string> { ["Gatehouse__Backups__Enabled"] = "false" };
        try
        {
            // First start: migrations, the owner, the audit key; then the file is filled with the server stopped.
            await (await ServerProcess.StartAsync(serverDll, dir, quiet)).DisposeAsync();
            Console.WriteLine($"seeded {members:N0} members in {(await Seeder.SeedAsync(dir, members)).TotalSeconds:F1} s");
            Console.WriteLine($"seeded {audit:N0} audit entries in {(await AuditSeeder.SeedAsync(dir, audit)).TotalSeconds:F1} s");

            var (file, took) = await BackupAsync(serverDll, dir, quiet);
            Console.WriteLine($"backup {Path.GetFileName(file)}: {new FileInfo(file).Length / 1e6:F1} MB in {took.TotalSeconds:F1} s");

            var times = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                var target = Path.Combine(Path.GetTempPath(), "gatehouse-bench", "rto-restore-" + Guid.NewGuid().ToString("N"));
                try
                {
                    var (seconds, output) = await RestoreAsync(serverDll, file, target);
                    times.Add(seconds);
                    Console.WriteLine($"run {run}: restore in {seconds:F1} s — {output.Trim()}");
                }
                finally
                {
                    if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
                }
            }
            Console.WriteLine($"Median restore (RTO of the data) over {runs} run(s): {times.Order().ElementAt(times.Count / 2):F1} s");
            return 0;
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Starts the server on the seeded file, takes one backup through the API and waits for it.</summary>
    private static async Task<(string File, TimeSpan Took)> BackupAsync(string serverDll, string dir, Dictionary<string, string> environment)
    {
        await using var server = await ServerProcess.StartAsync(serverDll, dir, environment);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = ServerProcess.OwnerEmail, password = ServerProcess.OwnerPassword, refresh_in_body = true });
        login.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        var started = await http.PostAsync("/api/v1/backups", null);
        started.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        while (true)
        {
            // A bench polls the job the way the panel does; the tests wait on the runner's event instead.
            await Task.Delay(250);
            var job = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/backups/jobs/{id}")).RootElement;
            var state = job.GetProperty("state").GetString();
            if (state == "running") continue;
            if (state != "succeeded") throw new InvalidOperationException($"backup failed: {job.GetProperty("error")}");
            var name = job.GetProperty("backup").GetProperty("name").GetString()!;
            return (Path.Combine(dir, "backups", name), watch.Elapsed);
        }
    }

    private static async Task<(double Seconds, string Output)> RestoreAsync(string serverDll, string file, string target)
    {
        var info = new ProcessStartInfo("dotnet", [serverDll, "restore", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(serverDll)!,
        };
        info.Environment["Gatehouse__DataDirectory"] = target;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0) throw new InvalidOperationException($"restore exited with {process.ExitCode}: {await output}{await error}");
        return (seconds, await output);
    }
}
