using System.Collections.Concurrent;
using Gatehouse.Server.Features.Alerts.Metrics;

namespace Gatehouse.Tests.Features.Alerts;

/// <summary>
/// The alert engine's metric port, answered from values the test sets: the engine is tested against
/// its own contract, apart from how analytics computes the numbers.
/// </summary>
public sealed class ScriptedAlertMetrics : IAlertMetrics
{
    private readonly ConcurrentDictionary<(string Metric, string? Segment), AlertReading> _now = new();
    private readonly ConcurrentDictionary<(string Metric, string? Segment), IReadOnlyList<AlertPoint>> _history = new();

    public IReadOnlyList<string> Metrics { get; } =
        ["requests", "errors_5xx", "error_rate_5xx", "error_rate_4xx", "latency_p95", "latency_p99", "active_users", "sign_ins"];

    public IReadOnlyList<string> Dimensions { get; } = ["role", "region", "device", "version", "endpoint", "type"];

    public TimeSpan MaxWindow => TimeSpan.FromMinutes(15);

    /// <summary>Windows the engine asked for, to check it reads the rule's window.</summary>
    public ConcurrentQueue<TimeSpan> WindowsRead { get; } = new();

    public void Set(string metric, double? value, long samples, string? segment = null) => _now[(metric, segment)] = new AlertReading(value, samples);

    public void SetHistory(string metric, IReadOnlyList<AlertPoint> points, string? segment = null) => _history[(metric, segment)] = points;

    public AlertReading Read(string metric, TimeSpan window, AlertSegment? segment)
    {
        WindowsRead.Enqueue(window);
        return _now.TryGetValue((metric, segment?.ToString()), out var r) ? r : new AlertReading(null, 0);
    }

    public Task<IReadOnlyList<AlertPoint>> HistoryAsync(string metric, DateTime from, DateTime to, TimeSpan step, AlertSegment? segment, CancellationToken ct)
    {
        var all = _history.TryGetValue((metric, segment?.ToString()), out var points) ? points : [];
        return Task.FromResult<IReadOnlyList<AlertPoint>>([.. all.Where(p => p.At >= from && p.At < to)]);
    }
}
