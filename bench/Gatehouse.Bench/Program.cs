using Gatehouse.Bench.Presence;

// Gatehouse load generator. Each mode lives in its own folder; see bench/README.md.
return args.FirstOrDefault() switch
{
    "presence" => await PresenceBench.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Gatehouse.Bench <mode> [options]");
    Console.Error.WriteLine("modes:");
    Console.Error.WriteLine("  presence   N gateway connections, M status changes per second, latency seen by observers (--help for options)");
    return 2;
}
