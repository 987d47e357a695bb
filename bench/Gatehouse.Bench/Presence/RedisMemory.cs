using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Gatehouse.Bench.Presence;

/// <summary>
/// Redis's own count of the bytes it holds (<c>INFO memory</c>, field <c>used_memory</c>), read over
/// one short RESP exchange, so a cluster run can report what each gateway connection costs in Redis.
/// </summary>
public static class RedisMemory
{
    /// <summary>Bytes in use, or null when no Redis endpoint (host:port) is given or it does not answer.</summary>
    public static async Task<long?> UsedBytesAsync(string? endpoint)
    {
        if (endpoint is null) return null;
        var (host, port) = (endpoint[..endpoint.LastIndexOf(':')], int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port);
            var stream = client.GetStream();
            await stream.WriteAsync("*2\r\n$4\r\nINFO\r\n$6\r\nmemory\r\n"u8.ToArray());
            var buffer = new byte[64 * 1024];
            var text = new StringBuilder();
            // A bulk reply: "$<length>\r\n<body>\r\n"; read until the body is complete.
            while (true)
            {
                var n = await stream.ReadAsync(buffer);
                if (n == 0) break;
                text.Append(Encoding.ASCII.GetString(buffer, 0, n));
                var reply = text.ToString();
                var header = reply.IndexOf("\r\n", StringComparison.Ordinal);
                if (header > 0 && reply.Length >= header + 2 + int.Parse(reply[1..header], CultureInfo.InvariantCulture)) break;
            }
            foreach (var line in text.ToString().Split("\r\n"))
                if (line.StartsWith("used_memory:", StringComparison.Ordinal))
                    return long.Parse(line["used_memory:".Length..], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is SocketException or IOException or FormatException)
        {
            Console.Error.WriteLine($"  Redis memory not read from {endpoint}: {e.Message}");
        }
        return null;
    }

    /// <summary>Redis bytes per connection (null without readings), printed for the run's log.</summary>
    public static double? PerConnectionBytes(long? before, long? after, int connections)
    {
        if (before is not { } b || after is not { } a) return null;
        var perConnection = (a - b) / (double)connections;
        Console.WriteLine($"  Redis used_memory {b / 1048576.0:F1} MB -> {a / 1048576.0:F1} MB: {perConnection:F0} bytes per connection");
        return perConnection;
    }
}
