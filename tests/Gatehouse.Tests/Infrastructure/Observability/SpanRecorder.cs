using System.Diagnostics;
using System.Threading.Channels;
using OpenTelemetry;
using OpenTelemetry.Exporter;

namespace Gatehouse.Tests.Infrastructure.Observability;

/// <summary>
/// The server's finished spans, exported to OpenTelemetry's in-memory exporter, and announced as they
/// end so a test waits for the span it needs instead of polling. Spans of other test servers in this
/// process may pass by too (activity listeners are process-wide): tests select by trace id.
/// </summary>
public sealed class SpanRecorder : SimpleActivityExportProcessor
{
    private readonly List<Activity> _exported;
    private readonly Channel<Activity> _ended = Channel.CreateUnbounded<Activity>();

    public SpanRecorder() : this([]) { }

    private SpanRecorder(List<Activity> exported) : base(new InMemoryExporter<Activity>(exported)) => _exported = exported;

    public override void OnEnd(Activity data)
    {
        // The exporter adds to a plain list: readers take the same lock.
        lock (_exported) base.OnEnd(data);
        _ended.Writer.TryWrite(data);
    }

    public List<Activity> Exported
    {
        get { lock (_exported) return [.. _exported]; }
    }

    /// <summary>The first span (already ended or ending within 20 s) that satisfies <paramref name="match"/>.</summary>
    public async Task<Activity> WaitForAsync(Func<Activity, bool> match, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                // Every ended span is in the exporter's list before it is announced: look there, then wait for the next.
                if (Exported.FirstOrDefault(match) is { } span) return span;
                await _ended.Reader.ReadAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"No span {what} ended within 20 s. Seen: "
                + string.Join(", ", Exported.Select(s => $"{s.DisplayName} [{s.TraceId}]").Distinct().Take(60)));
        }
    }
}
