using System.Diagnostics.Metrics;
using Gatehouse.Server.Infrastructure.Observability;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>The analytics meter: events taken in (from sites' batches and from the server itself) and batches refused while storage is behind.</summary>
public sealed class AnalyticsIngestMetrics : IDisposable
{
    public const string Name = ObservabilityModule.NamePrefix + "Analytics";

    private readonly Meter _meter;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _refused;

    public AnalyticsIngestMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _accepted = _meter.CreateCounter<long>("gatehouse.analytics.events.accepted", "{event}", "Analytics events taken in, by source (site, server)");
        _refused = _meter.CreateCounter<long>("gatehouse.analytics.events.refused", "{event}", "Site events refused because storage was behind");
    }

    public void Accepted(string source, int count) => _accepted.Add(count, new KeyValuePair<string, object?>("source", source));

    public void Refused(int count) => _refused.Add(count);

    public void Dispose() => _meter.Dispose();
}
