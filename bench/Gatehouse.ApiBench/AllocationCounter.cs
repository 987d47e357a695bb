using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Gatehouse.ApiBench;

/// <summary>
/// The server's allocation rate over a window, read with <c>dotnet-counters</c> (a .NET global tool:
/// <c>dotnet tool install -g dotnet-counters</c>) when it is installed; null when it is not.
/// </summary>
public static class AllocationCounter
{
    /// <returns>A task giving MB allocated per second over the window, or null without the tool.</returns>
    public static Task<double?>? Start(int pid, int seconds)
    {
        var tool = Find();
        if (tool is null) return null;
        var output = Path.Combine(Path.GetTempPath(), $"gatehouse-counters-{pid}-{Guid.NewGuid():N}.json");
        var info = new ProcessStartInfo(tool, ["collect", "--process-id", pid.ToString(CultureInfo.InvariantCulture),
            "--counters", "System.Runtime", "--format", "json", "--output", output,
            "--duration", TimeSpan.FromSeconds(seconds).ToString(@"dd\:hh\:mm\:ss", CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info);
        if (process is null) return null;
        return ReadAsync(process, output);
    }

    private static async Task<double?> ReadAsync(Process process, string output)
    {
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (!File.Exists(output)) return null;
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        File.Delete(output);
        // .NET 9+ publishes dotnet.gc.heap.total_allocated (a rate per refresh interval of 1 s); older runtimes "Allocation Rate".
        var rates = doc.RootElement.GetProperty("Events").EnumerateArray()
            .Where(e => e.GetProperty("name").GetString() is { } name
                && (name.StartsWith("dotnet.gc.heap.total_allocated", StringComparison.Ordinal) || name.StartsWith("Allocation Rate", StringComparison.Ordinal)))
            .Select(e => e.GetProperty("value").GetDouble()).ToList();
        return rates.Count == 0 ? null : rates.Average() / (1024 * 1024);
    }

    private static string? Find()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new[] { Path.Combine(home, ".dotnet", "tools", "dotnet-counters") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, "dotnet-counters")));
        return candidates.FirstOrDefault(File.Exists);
    }
}
