using Gatehouse.Server.Features.Analytics.Contracts;
using Gatehouse.Server.Features.Analytics.Storage;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>
/// Distinct members seen within the active window (default 5 min), with the segment values of their
/// latest event. Not thread-safe: <see cref="LiveWindows"/> calls it under its lock.
/// </summary>
public sealed class ActiveUsers(TimeSpan window)
{
    /// <summary>
    /// What the gauges need of a member's latest event, kept inline: holding the event itself kept it and its strings
    /// (session id, address, properties) alive for the window, ~0.4 KB per member online (a gateway connection opens
    /// with one). The segment values are the capture's shared strings.
    /// </summary>
    private readonly record struct LastSeen(DateTime ReceivedAt, string Role, string Region, string Device, string Version);

    private readonly Dictionary<Guid, LastSeen> _lastSeen = [];

    public void Seen(RawEvent e)
    {
        if (e.UserId is { } id) _lastSeen[id] = Of(e);
    }

    /// <summary>Like <see cref="Seen"/>, for members reported by other nodes, whose parts may arrive out of order.</summary>
    public void SeenIfNewer(RawEvent e)
    {
        if (e.UserId is not { } id) return;
        if (!_lastSeen.TryGetValue(id, out var known) || known.ReceivedAt <= e.ReceivedAt) _lastSeen[id] = Of(e);
    }

    private static LastSeen Of(RawEvent e) => new(e.ReceivedAt, e.Role, e.Region, e.Device, e.Version);

    /// <summary>Forgets members not seen since <paramref name="now"/> minus the window, then samples the counts into the window.</summary>
    public void Sample(DateTime now, WindowAccumulator into)
    {
        var cutoff = now - window;
        List<Guid>? stale = null;
        long total = 0;
        foreach (var (id, e) in _lastSeen)
        {
            if (e.ReceivedAt < cutoff)
            {
                (stale ??= []).Add(id);
                continue;
            }
            total++;
            into.Segment(AnalyticsDimensions.Role, e.Role).ActiveUsers++;
            into.Segment(AnalyticsDimensions.Region, e.Region).ActiveUsers++;
            into.Segment(AnalyticsDimensions.Device, e.Device).ActiveUsers++;
            into.Segment(AnalyticsDimensions.Version, e.Version).ActiveUsers++;
        }
        if (stale is not null) foreach (var id in stale) _lastSeen.Remove(id);
        into.Totals.ActiveUsers = total;
    }
}
