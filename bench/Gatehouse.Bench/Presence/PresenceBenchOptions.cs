using System.Globalization;
using System.Net;

namespace Gatehouse.Bench.Presence;

/// <summary>Options of the presence mode, parsed from <c>--name value</c> pairs.</summary>
public sealed record PresenceBenchOptions
{
    public Uri Url { get; init; } = new("http://127.0.0.1:5080");
    /// <summary>Where the gateway connections go, round robin (cluster mode: one per node); <see cref="Url"/> alone by default.</summary>
    public IReadOnlyList<Uri> GatewayUrls { get; init; } = [];
    public int Connections { get; init; } = 1000;
    public int SessionsPerUser { get; init; } = 1;
    public double Rate { get; init; } = 100;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);
    public int Observers { get; init; } = 4;
    public int Sources { get; init; } = 8;
    public int ConnectParallelism { get; init; } = 32;
    public IReadOnlyList<int> ServerPids { get; init; } = [];
    /// <summary>Cluster mode: the Redis (host:port) whose memory per connection to report.</summary>
    public string? Redis { get; init; }
    public string OwnerEmail { get; init; } = "owner@bench.test";
    public string OwnerPassword { get; init; } = "Bench-Owner-Passw0rd!";
    public string UserPrefix { get; init; } = "bench";
    public string TokenCache { get; init; } = Path.Combine(Path.GetTempPath(), "gatehouse-bench-tokens.json");
    public string? JsonOut { get; init; }
    public TimeSpan Hold { get; init; } = TimeSpan.Zero;
    /// <summary>Where to write one line per measured change (when it was sent, its ack, its slowest delivery), to see when the tail happens.</summary>
    public string? TimelineOut { get; init; }

    public const string Help = """
        presence mode options (defaults in brackets):
          --url <http://127.0.0.1:5080>    server; only loopback (127.0.0.0/8) is accepted
          --gateway-urls <url,url>         cluster: spread the gateway connections over these nodes (observers stay on --url)
          --connections <1000>             gateway connections to open
          --sessions-per-user <1>          sessions per bench user (platforms rotate web/desktop/mobile)
          --rate <100>                     status changes per second, spread over the connections
          --duration <30>                  seconds of measured load
          --warmup <3>                     seconds of load before measuring
          --observers <4>                  live-hub observers subscribed to every presence change
          --sources <8>                    client source addresses 127.0.0.2 .. 127.0.0.(1+sources)
          --parallel <32>                  connections opened at once
          --redis <host:port>              cluster: report Redis's used_memory per connection
          --server-pid <pid[,pid]>         read the servers' RSS from /proc (summed) to report memory per connection
          --owner-email, --owner-password  an account with users.create and presence.read
          --user-prefix <bench>            bench users are <prefix>00000 ...
          --token-cache <path>             access tokens are reused across runs while valid
          --json <path>                    also write the results as JSON
          --timeline <path>                write one CSV line per measured change: sent at (ms into the run), ack ms, slowest delivery ms
          --hold <0>                       keep every connection open this many seconds after the run (to inspect the server)
        """;

    public static PresenceBenchOptions Parse(string[] args)
    {
        var o = new PresenceBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--url" => o with { Url = new Uri(Next()) },
                "--connections" => o with { Connections = Int() },
                "--sessions-per-user" => o with { SessionsPerUser = Int() },
                "--rate" => o with { Rate = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--duration" => o with { Duration = TimeSpan.FromSeconds(Int()) },
                "--warmup" => o with { Warmup = TimeSpan.FromSeconds(Int()) },
                "--observers" => o with { Observers = Int() },
                "--sources" => o with { Sources = Int() },
                "--parallel" => o with { ConnectParallelism = Int() },
                "--redis" => o with { Redis = Next() },
                "--gateway-urls" => o with { GatewayUrls = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(u => new Uri(u))] },
                "--server-pid" => o with { ServerPids = [.. Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))] },
                "--owner-email" => o with { OwnerEmail = Next() },
                "--owner-password" => o with { OwnerPassword = Next() },
                "--user-prefix" => o with { UserPrefix = Next() },
                "--token-cache" => o with { TokenCache = Next() },
                "--json" => o with { JsonOut = Next() },
                "--hold" => o with { Hold = TimeSpan.FromSeconds(Int()) },
                "--timeline" => o with { TimelineOut = Next() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        // A load generator must never point at someone else's machine.
        if (o.GatewayUrls.Count == 0) o = o with { GatewayUrls = [o.Url] };
        foreach (var url in o.GatewayUrls.Prepend(o.Url))
            if (!IPAddress.TryParse(url.Host, out var ip) || !IPAddress.IsLoopback(ip) || ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
                throw new ArgumentException("--url and --gateway-urls must be IPv4 loopback addresses (127.0.0.0/8)");
        if (o.Connections < 1 || o.Observers < 1 || o.Rate <= 0 || o.Sources is < 1 or > 200 || o.SessionsPerUser < 1)
            throw new ArgumentException("connections, observers, rate, sources (1-200) and sessions-per-user must be positive");
        return o;
    }
}
