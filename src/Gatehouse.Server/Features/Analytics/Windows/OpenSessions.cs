using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Gateway sessions open on this node, per member and platform: the sessions and online-now gauges.</summary>
public sealed class OpenSessions
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Dictionary<string, int>> _byUser = [];
    private int _total;

    public void Opened(Guid userId, string platform)
    {
        lock (_lock)
        {
            if (!_byUser.TryGetValue(userId, out var platforms)) _byUser[userId] = platforms = new Dictionary<string, int>(StringComparer.Ordinal);
            platforms[platform] = platforms.GetValueOrDefault(platform) + 1;
            _total++;
        }
    }

    public void Closed(Guid userId, string platform)
    {
        lock (_lock)
        {
            if (!_byUser.TryGetValue(userId, out var platforms) || !platforms.TryGetValue(platform, out var n)) return;
            if (n <= 1) platforms.Remove(platform);
            else platforms[platform] = n - 1;
            if (platforms.Count == 0) _byUser.Remove(userId);
            _total--;
        }
    }

    /// <summary>Sessions and online members overall and per device (platform).</summary>
    public void Sample(WindowAccumulator into)
    {
        lock (_lock)
        {
            into.Totals.Sessions = _total;
            into.Totals.OnlineNow = _byUser.Count;
            foreach (var platforms in _byUser.Values)
            {
                foreach (var (platform, n) in platforms)
                {
                    var device = into.Segment(AnalyticsDimensions.Device, platform);
                    device.Sessions += n;
                    device.OnlineNow++;
                }
            }
        }
    }
}
