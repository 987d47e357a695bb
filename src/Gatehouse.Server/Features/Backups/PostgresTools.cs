using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Gatehouse.Server.Features.Backups;

/// <summary>
/// Finds and runs Debian's PostgreSQL client programs (<c>pg_dump</c>, <c>pg_restore</c>) for a
/// given server. The client must be at least as new as the server (pg_dump refuses an older one),
/// so the install matching the server's major version is preferred, then any newer one, then PATH.
/// The password travels in the child's <c>PGPASSWORD</c> environment only: never in its arguments,
/// which other users of the machine can read, nor in any message.
/// </summary>
public static class PostgresTools
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The major version of the server behind <paramref name="connectionString"/> (15 for 15.x).</summary>
    public static async Task<int> ServerMajorAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SHOW server_version_num", connection);
        return int.Parse((string)(await command.ExecuteScalarAsync(ct))!, CultureInfo.InvariantCulture) / 10000;
    }

    /// <summary>The path of <paramref name="program"/> suited to a server of major version <paramref name="serverMajor"/>.</summary>
    public static string Locate(string program, int serverMajor, string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            var configured = Path.Combine(configuredDirectory, program);
            return File.Exists(configured) ? configured : throw new BackupException("backup.pg_tool_missing", program, configuredDirectory);
        }
        var installed = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => (Major: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0, Path: Path.Combine(d, "bin", program)))
                .Where(c => c.Major >= serverMajor && File.Exists(c.Path))
                .OrderBy(c => c.Major)
                .Select(c => c.Path)
            : [];
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).Where(File.Exists);
        return installed.Concat(onPath).FirstOrDefault()
            ?? throw new BackupException("backup.pg_tool_missing", program, $"{DebianRoot}/{serverMajor}/bin, PATH");
    }

    /// <summary>The connection arguments for a client program; the password is left out on purpose (see <see cref="RunAsync"/>).</summary>
    public static IEnumerable<string> ConnectionArguments(NpgsqlConnectionStringBuilder cs) =>
    [
        "--host", cs.Host ?? "localhost", "--port", cs.Port.ToString(CultureInfo.InvariantCulture),
        "--username", cs.Username ?? Environment.UserName, "--dbname", cs.Database ?? "postgres", "--no-password",
    ];

    /// <summary>
    /// Runs a client program to the end, handing each line it writes on stderr to
    /// <paramref name="onLine"/>; throws with its last lines when it fails.
    /// </summary>
    public static async Task RunAsync(string program, IEnumerable<string> arguments, string? password, Action<string> onLine, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(password)) start.Environment["PGPASSWORD"] = password;
        // Never a prompt that would hang a scheduled run, and messages the code can read.
        start.Environment["PGCONNECT_TIMEOUT"] = "15";
        start.Environment["LC_MESSAGES"] = "C";
        using var process = Process.Start(start) ?? throw new BackupException("backup.pg_tool_failed", Path.GetFileName(program), "did not start");
        var tail = new Queue<string>();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        await using (ct.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }))
        {
            while (await process.StandardError.ReadLineAsync(ct) is { } line)
            {
                onLine(line);
                // Verbose runs narrate every object; only what went wrong is worth repeating in an error.
                if (!line.Contains("error", StringComparison.OrdinalIgnoreCase) && !line.Contains("fatal", StringComparison.OrdinalIgnoreCase)) continue;
                tail.Enqueue(line);
                if (tail.Count > 3) tail.Dequeue();
            }
            await stdout;
            await process.WaitForExitAsync(ct);
        }
        if (process.ExitCode != 0)
            throw new BackupException("backup.pg_tool_failed", Path.GetFileName(program), $"exit code {process.ExitCode}: {string.Join(" / ", tail)}");
    }
}
