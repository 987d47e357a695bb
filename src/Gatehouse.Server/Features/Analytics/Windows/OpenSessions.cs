using Gatehouse.Server.Features.Analytics.Contracts;

namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>Gateway sessions open on this node, per member and platform: the sessions and online-now gauges.</summary>
public sealed class OpenSessions
{
    private readonly Lock _lock = new();

    /// <summary>
    /// Open sessions per member and platform, flat: a dictionary per member (most have one session on one platform)
    /// cost ~0.2 KB each, for every member online.
    /// </summary>
    private readonly Dictionary<(Guid User, string Platform), int> _open = [];

    /// <summary>Platforms each member online has a session on.</summary>
    private readonly Dictionary<Guid, int> _platforms = [];

    private int _total;

    public void Opened(Guid userId, string platform)
    {
        lock (_lock)
        {
            var n = _open.GetValueOrDefault((userId, platform));
            if (n == 0) _platforms[userId] = _platforms.GetValueOrDefault(userId) + 1;
            _open[(userId, platform)] = n + 1;
            _total++;
        }
    }

    public void Closed(Guid userId, string platform)
    {
        lock (_lock)
        {
            if (!_open.TryGetValue((userId, platform), out var n)) return;
            if (n > 1) _open[(userId, platform)] = n - 1;
            else
            {
                _open.Remove((userId, platform));
                var left = _platforms[userId] - 1;
                if (left == 0) _platforms.Remove(userId);
                else _platforms[userId] = left;
            }
            _total--;
        }
    }

    /// <summary>Sessions and online members overall and per device (platform).</summary>
    public void Sample(WindowAccumulator into)
    {
        lock (_lock)
        {
            into.Totals.Sessions = _total;
            into.Totals.OnlineNow = _platforms.Count;
            foreach (var ((_, platform), n) in _open)
            {
                var device = into.Segment(AnalyticsDimensions.Device, platform);
                device.Sessions += n;
                device.OnlineNow++;
            }
        }
    }
}
