using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>Where every captured event goes: into the live windows at once, and onto the queue of raw rows.</summary>
public sealed class EventPipeline(LiveWindows windows, RawEventQueue queue, AnalyticsIngestMetrics metrics)
{
    /// <summary>
    /// A site's batch: stamped received, aggregated and queued whole (the stamp is returned), or refused whole
    /// (null) when storage is behind.
    /// </summary>
    public DateTime? TryAcceptBatch(IReadOnlyList<RawEvent> events)
    {
        if (!queue.TryReserve(events.Count))
        {
            metrics.Refused(events.Count);
            return null;
        }
        var receivedAt = windows.RecordReceived(events);
        queue.EnqueueReserved(events);
        metrics.Accepted("site", events.Count);
        return receivedAt;
    }

    /// <summary>An event the server records about itself.</summary>
    public void Capture(RawEvent e)
    {
        windows.Record(e);
        queue.Enqueue(e);
        metrics.Accepted("server", 1);
    }
}
