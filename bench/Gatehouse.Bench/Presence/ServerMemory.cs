using System.Globalization;

namespace Gatehouse.Bench.Presence;

/// <summary>The server's resident memory, read from /proc (the bench runs on the same machine).</summary>
public static class ServerMemory
{
    /// <summary>RSS growth per connection in KB (null without a server pid), printed for the run's log.</summary>
    public static double? PerConnectionKb(long? before, long? after, int connections)
    {
        if (before is not { } b || after is not { } a) return null;
        var kb = (a - b) / 1024.0 / connections;
        Console.WriteLine($"  server RSS {b / 1048576.0:F0} MB -> {a / 1048576.0:F0} MB: {kb:F1} KB per connection");
        return kb;
    }

    /// <summary>
    /// RSS growth per connection over the second half of the connections (null without a server pid): what one more
    /// connection costs, without the one-time costs of the first ones.
    /// </summary>
    public static double? MarginalKb(long? half, long? after, int connections)
    {
        if (half is not { } h || after is not { } a || connections <= 0) return null;
        var kb = (a - h) / 1024.0 / connections;
        Console.WriteLine($"  server RSS {h / 1048576.0:F0} MB at half -> {a / 1048576.0:F0} MB: {kb:F1} KB per connection of the second half");
        return kb;
    }

    /// <summary>The summed RSS of several server processes (the nodes of a cluster); null when none is readable.</summary>
    public static long? RssBytes(IReadOnlyList<int> pids)
    {
        long? total = null;
        foreach (var pid in pids)
            if (RssBytes(pid) is { } rss) total = (total ?? 0) + rss;
        return total;
    }

    public static long? RssBytes(int? pid)
    {
        if (pid is null) return null;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
        }
        return null;
    }
}
