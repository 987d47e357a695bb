using System.Globalization;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Gatehouse.Bench.GcWatch;

/// <summary>
/// What a process allocated, from a trace of its allocation ticks: <c>dotnet-trace collect -p &lt;pid&gt; --providers
/// Microsoft-Windows-DotNETRuntime:0x1:5 --duration 00:00:00:30</c> (the GC keyword at verbose level: one event per
/// ~100 KB allocated, naming the type whose allocation crossed the mark, with its stack). Prints the share of each type,
/// then the commonest stacks, so the allocations behind a young generation's collections can be told by their code.
/// </summary>
public static class AllocationReport
{
    public const string Help = """
        gc-allocations <trace.nettrace> [--type <name, or * for all>] [--stacks <8>] [--frames <9>]
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine(Help);
            return 2;
        }
        var type = "*";
        var stacks = 8;
        var frames = 9;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--type") type = args[i + 1];
            else if (args[i] == "--stacks") stacks = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--frames") frames = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }

        using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
        var byType = new Dictionary<string, (int Ticks, long Bytes)>();
        var byStack = new Dictionary<string, int>();
        foreach (var e in log.Events)
        {
            if (e is not GCAllocationTickTraceData tick) continue;
            var name = tick.TypeName ?? "?";
            var seen = byType.GetValueOrDefault(name);
            byType[name] = (seen.Ticks + 1, seen.Bytes + tick.AllocationAmount64);
            if (type != "*" && name != type) continue;
            var methods = new List<string> { name };
            for (var frame = e.CallStack(); frame is not null && methods.Count <= frames; frame = frame.Caller)
                methods.Add(frame.CodeAddress.FullMethodName is { Length: > 0 } m ? m : frame.CodeAddress.ModuleName + "!?");
            var stack = string.Join("\n    ", methods);
            byStack[stack] = byStack.GetValueOrDefault(stack) + 1;
        }

        var total = Math.Max(1, byType.Values.Sum(t => t.Bytes));
        Console.WriteLine(FormattableString.Invariant($"{total / 1048576.0:F1} MB sampled ({byType.Values.Sum(t => t.Ticks)} ticks)"));
        foreach (var (name, (ticks, bytes)) in byType.OrderByDescending(t => t.Value.Bytes).Take(20))
            Console.WriteLine(FormattableString.Invariant($"{bytes * 100.0 / total,5:F1} % {ticks,6}  {name}"));
        foreach (var (stack, count) in byStack.OrderByDescending(s => s.Value).Take(stacks))
            Console.WriteLine($"--- {count} ticks\n    {stack}");
        return 0;
    }
}
