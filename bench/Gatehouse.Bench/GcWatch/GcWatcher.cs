using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Analysis;
using Microsoft.Diagnostics.Tracing.Analysis.GC;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Gatehouse.Bench.GcWatch;

/// <summary>
/// Writes one CSV line per garbage collection of a running .NET process (the server under a bench), read over
/// EventPipe with the runtime's GC events at informational level: when its pause started (Unix ms, to line it up with
/// a bench timeline, which starts with the same clock), how long the process was paused, the generation, and where the
/// marking went (per root kind: stacks, older generations' cards, handles, finalization). A latency tail made of
/// stalls shows here as pauses at the same moments; <c>bench/gc-tail.py</c> does the lining up.
/// Stops at SIGINT/SIGTERM or when the process exits.
/// </summary>
public static class GcWatcher
{
    public const string Help = """
        gc-watch --pid <pid> --csv <path>
          columns: pause_start_unix_ms, pause_ms, gen, type, reason, promoted_mb, heap_after_mb, suspend_ms,
                   marks (per root kind, ms, summed over the GC's heaps; only kinds above 0.05 ms)
        """;

    public static int Run(string[] args)
    {
        int? pid = null;
        string? csv = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--pid") pid = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            else if (args[i] == "--csv") csv = args[i + 1];
        }
        if (pid is null || csv is null)
        {
            Console.Error.WriteLine(Help);
            return 2;
        }

        var providers = new[] { new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.GC) };
        using var session = new DiagnosticsClient(pid.Value).StartEventPipeSession(providers, requestRundown: false);
        using var writer = new StreamWriter(csv) { AutoFlush = true };
        writer.WriteLine("pause_start_unix_ms,pause_ms,gen,type,reason,promoted_mb,heap_after_mb,suspend_ms,marks");
        void Stop()
        {
            try
            {
                session.Stop();
            }
            catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException)
            {
                // The process is gone: the stream ends by itself.
            }
        }
        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, c => { c.Cancel = true; Stop(); });
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; Stop(); });

        using var source = new EventPipeEventSource(session.EventStream);
        source.NeedLoadedDotNetRuntimes();
        source.AddCallbackOnProcessStart(process => process.AddCallbackOnDotNetRuntimeLoad(runtime => runtime.GCEnd += (_, gc) =>
        {
            var pausedAt = new DateTimeOffset(source.SessionStartTime.AddMilliseconds(gc.PauseStartRelativeMSec)).ToUnixTimeMilliseconds();
            writer.WriteLine(FormattableString.Invariant(
                $"{pausedAt},{gc.PauseDurationMSec:F2},{gc.Generation},{gc.Type},{gc.Reason},{gc.PromotedMB:F1},{gc.HeapSizeAfterMB:F1},{gc.SuspendDurationMSec:F2},{Marks(gc)}"));
        }));
        source.Process();
        return 0;
    }

    /// <summary>Mark time per root kind, summed over the collection's heaps, e.g. <c>MarkStack=0.2 MarkOlder=29.2</c>.</summary>
    private static string Marks(TraceGC gc)
    {
        if (gc.PerHeapMarkTimes is null) return "";
        var sums = new SortedDictionary<int, double>();
        foreach (var heap in gc.PerHeapMarkTimes.Values)
            for (var kind = 0; kind < heap.MarkTimes.Length; kind++)
                sums[kind] = sums.GetValueOrDefault(kind) + heap.MarkTimes[kind];
        return string.Join(' ', sums.Where(s => s.Value > 0.05).Select(s => FormattableString.Invariant($"{(MarkRootType)s.Key}={s.Value:F1}")));
    }
}
