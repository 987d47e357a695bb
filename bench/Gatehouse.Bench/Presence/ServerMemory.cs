using System.Globalization;

namespace Gatehouse.Bench.Presence;

/// <summary>The server's resident memory, read from /proc (the bench runs on the same machine).</summary>
public static class ServerMemory
{
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
