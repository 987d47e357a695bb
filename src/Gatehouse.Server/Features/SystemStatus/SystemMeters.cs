using System.Diagnostics.Metrics;

namespace Gatehouse.Server.Features.SystemStatus;

/// <summary>
/// Reads the same instruments <c>/metrics</c> exports, from inside the process, for the System page:
/// ASP.NET Core's request durations (into a <see cref="RequestWindow"/>), the open real-time
/// connections, the outbox lag and the webhook queue. It finds them by name, so it depends on no
/// feature, and only on this app's meters (those made by its <see cref="IMeterFactory"/>: tests run
/// several apps in one process).
/// </summary>
public sealed class SystemMeters : IDisposable
{
    private const string RequestDuration = "http.server.request.duration";
    private const string LiveConnections = "gatehouse.live.connections";
    private const string OutboxLag = "gatehouse.outbox.lag";
    private const string WebhookQueue = "gatehouse.webhooks.queue.depth";

    private readonly MeterListener _listener = new();
    private readonly RequestWindow _requests;
    private readonly object _gauges = new();
    private long _connections;
    private double? _outboxLag;
    private long? _webhookQueue;

    public SystemMeters(IMeterFactory meters, TimeProvider time)
    {
        _requests = new RequestWindow(time);
        StartedAt = time.GetUtcNow();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            var ours = ReferenceEquals(instrument.Meter.Scope, meters);
            if (ours && instrument.Name is RequestDuration or LiveConnections or OutboxLag or WebhookQueue) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == RequestDuration) _requests.Record(value, StatusOf(tags));
            else if (instrument.Name == OutboxLag) _outboxLag = Math.Max(_outboxLag ?? 0, value);
        });
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == LiveConnections) Interlocked.Add(ref _connections, value);
            else if (instrument.Name == WebhookQueue) _webhookQueue = value;
        });
        _listener.Start();
    }

    public DateTimeOffset StartedAt { get; }

    public RequestStats Requests(DateTimeOffset now) => _requests.Summarise(now - StartedAt);

    public long Connections => Interlocked.Read(ref _connections);

    /// <summary>The gauges as they are now: the worst subscriber's outbox lag (seconds) and the webhook queue (null when nothing counts it).</summary>
    public (double? OutboxLagSeconds, long? WebhookQueue) Gauges()
    {
        lock (_gauges)
        {
            _outboxLag = null;
            _webhookQueue = null;
            _listener.RecordObservableInstruments();
            return (_outboxLag, _webhookQueue);
        }
    }

    private static int StatusOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
            if (tag.Key == "http.response.status_code") return Convert.ToInt32(tag.Value, System.Globalization.CultureInfo.InvariantCulture);
        return 0;
    }

    public void Dispose() => _listener.Dispose();
}
