using Gatehouse.Bench.GcWatch;
using Gatehouse.Bench.Presence;
using Gatehouse.Bench.Relay;

// Gatehouse load generator. Each mode lives in its own folder; see bench/README.md.
return args.FirstOrDefault() switch
{
    "presence" => await PresenceBench.RunAsync(args[1..]),
    "relay" => await RelayBench.RunAsync(args[1..]),
    "relay-server" => await RelayServer.RunAsync(args[1..]),
    "gc-watch" => GcWatcher.Run(args[1..]),
    "gc-allocations" => AllocationReport.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Gatehouse.Bench <mode> [options]");
    Console.Error.WriteLine("modes:");
    Console.Error.WriteLine("  presence   N gateway connections, M status changes per second, latency seen by observers (--help for options)");
    Console.Error.WriteLine("  relay      the same measurement against a raw WebSocket relay (the yardstick)");
    Console.Error.WriteLine("  relay-server  that relay: Kestrel, WebSocket broadcast, nothing else");
    Console.Error.WriteLine("  gc-watch   one CSV line per garbage collection of a running .NET process: when, pause, generation, mark times");
    Console.Error.WriteLine("  gc-allocations  what a process allocated, by type and stack, from a dotnet-trace of its allocation ticks");
    return 2;
}
