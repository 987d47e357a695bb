namespace Gatehouse.Server.Features.Analytics.Windows;

/// <summary>The counters of one slice of traffic in one window; windows merge by adding these.</summary>
public sealed class SegmentStats
{
    public long Events;
    public long Requests;
    public long Errors4xx;
    public long Errors5xx;
    public long SignUps;
    public long SignIns;
    public long SignInFailures;

    /// <summary>Created on the first request: most segments of most seconds record none.</summary>
    public LatencyHistogram? Latency;

    /// <summary>Gauges sampled when the second closed (active users, online now, sessions).</summary>
    public long ActiveUsers;
    public long OnlineNow;
    public long Sessions;

    public void RecordRequest(int status, double durationMs)
    {
        Requests++;
        if (status is >= 400 and < 500) Errors4xx++;
        else if (status >= 500) Errors5xx++;
        (Latency ??= new LatencyHistogram()).Record(durationMs);
    }

    /// <summary>Adds another window's counters; gauges take the later window's samples (<paramref name="later"/>).</summary>
    public void Add(SegmentStats other, bool later)
    {
        Events += other.Events;
        Requests += other.Requests;
        Errors4xx += other.Errors4xx;
        Errors5xx += other.Errors5xx;
        SignUps += other.SignUps;
        SignIns += other.SignIns;
        SignInFailures += other.SignInFailures;
        if (other.Latency is { Count: > 0 }) (Latency ??= new LatencyHistogram()).Add(other.Latency);
        if (later)
        {
            ActiveUsers = other.ActiveUsers;
            OnlineNow = other.OnlineNow;
            Sessions = other.Sessions;
        }
    }

    public void TakeGauges(SegmentStats other)
    {
        ActiveUsers = other.ActiveUsers;
        OnlineNow = other.OnlineNow;
        Sessions = other.Sessions;
    }

    /// <summary>Adds another node's part of the same second: counters and gauges both add up (each node samples its own sessions).</summary>
    public void AddSameSecond(SegmentStats other)
    {
        Add(other, later: false);
        ActiveUsers += other.ActiveUsers;
        OnlineNow += other.OnlineNow;
        Sessions += other.Sessions;
    }
}
