using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// Everything one window saw: totals, the same per segment value, requests per endpoint and events
/// per type. Only the current second records; longer windows are sums of closed seconds.
/// </summary>
public sealed class WindowAccumulator(DateTime start, TimeSpan length)
{
    public DateTime Start { get; } = start;
    public TimeSpan Length { get; } = length;
    public DateTime End => Start + Length;

    public SegmentStats Totals { get; } = new();
    public Dictionary<(string Dimension, string Value), SegmentStats> Segments { get; } = [];
    public Dictionary<string, long> EventTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>How many nodes' parts this window merges (1 on a single node; the most of any second in a longer window).</summary>
    public int Nodes { get; set; } = 1;

    /// <summary>True when a node known to be alive (or Redis itself) was missing from a second in this window: a local or incomplete view.</summary>
    public bool Partial { get; set; }

    public SegmentStats Segment(string dimension, string value)
    {
        if (!Segments.TryGetValue((dimension, value), out var stats)) Segments[(dimension, value)] = stats = new SegmentStats();
        return stats;
    }

    public SegmentStats? Find(MetricSegment? segment) =>
        segment is null ? Totals : Segments.GetValueOrDefault((segment.Dimension, segment.Value));

    public void Record(RawEvent e)
    {
        Apply(Totals, e);
        Apply(Segment(AnalyticsDimensions.Role, e.Role), e);
        Apply(Segment(AnalyticsDimensions.Region, e.Region), e);
        Apply(Segment(AnalyticsDimensions.Device, e.Device), e);
        Apply(Segment(AnalyticsDimensions.Version, e.Version), e);
        if (e.Type == ServerEventTypes.Request && e.Source == EventSources.Server)
        {
            if (e.Route is { } route) Apply(Segment(AnalyticsDimensions.Endpoint, route), e);
            return;
        }
        Segment(AnalyticsDimensions.Type, e.Type).Events++;
        EventTypes[e.Type] = EventTypes.GetValueOrDefault(e.Type) + 1;
    }

    private static void Apply(SegmentStats stats, RawEvent e)
    {
        if (e.Source == EventSources.Server)
        {
            switch (e.Type)
            {
                case ServerEventTypes.Request:
                    stats.RecordRequest(e.Status ?? 0, e.DurationMs ?? 0);
                    return; // requests are their own metric, not "events"
                case ServerEventTypes.SignIn: stats.SignIns++; break;
                case ServerEventTypes.SignInFailed: stats.SignInFailures++; break;
                case ServerEventTypes.UserCreated: stats.SignUps++; break;
            }
        }
        stats.Events++;
    }

    /// <summary>Adds a closed window that follows the ones already added (its gauges win).</summary>
    public void Add(WindowAccumulator other)
    {
        Totals.Add(other.Totals, later: true);
        foreach (var (key, stats) in other.Segments) Segment(key.Dimension, key.Value).Add(stats, later: true);
        foreach (var (type, count) in other.EventTypes) EventTypes[type] = EventTypes.GetValueOrDefault(type) + count;
        Nodes = Math.Max(Nodes, other.Nodes);
        Partial |= other.Partial;
    }

    /// <summary>Adds another node's part of the same second (gauges add up too; <see cref="Nodes"/> is set by the merge).</summary>
    public void AddSameSecond(WindowAccumulator other)
    {
        Totals.AddSameSecond(other.Totals);
        foreach (var (key, stats) in other.Segments) Segment(key.Dimension, key.Value).AddSameSecond(stats);
        foreach (var (type, count) in other.EventTypes) EventTypes[type] = EventTypes.GetValueOrDefault(type) + count;
    }

    /// <summary>Takes <paramref name="from"/>'s gauges (an open window shows those sampled when the last second closed).</summary>
    public void TakeGaugesFrom(WindowAccumulator? from)
    {
        if (from is null) return;
        Totals.TakeGauges(from.Totals);
        foreach (var (key, stats) in from.Segments)
            if (stats.ActiveUsers != 0 || stats.OnlineNow != 0 || stats.Sessions != 0) Segment(key.Dimension, key.Value).TakeGauges(stats);
    }

    public static WindowAccumulator Merge(DateTime start, TimeSpan length, IEnumerable<WindowAccumulator> parts)
    {
        var merged = new WindowAccumulator(start, length);
        foreach (var part in parts) merged.Add(part);
        return merged;
    }
}
