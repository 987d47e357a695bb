using Gatehouse.Server.Features.Analytics.Storage;
using Gatehouse.Server.Features.Analytics.Windows;

namespace Gatehouse.Server.Features.Analytics.Capture;

/// <summary>Where every captured event goes: into the live windows at once, and onto the queue of raw rows.</summary>
public sealed class EventPipeline(LiveWindows windows, RawEventQueue queue, AnalyticsIngestMetrics metrics)
{
    /// <summary>A site's batch: aggregated and queued whole, or refused whole (false) when storage is behind.</summary>
    public bool TryAcceptBatch(IReadOnlyList<RawEvent> events)
    {
        if (!queue.TryEnqueueAll(events))
        {
            metrics.Refused(events.Count);
            return false;
        }
        windows.RecordMany(events);
        metrics.Accepted("site", events.Count);
        return true;
    }

    /// <summary>An event the server records about itself.</summary>
    public void Capture(RawEvent e)
    {
        windows.Record(e);
        queue.Enqueue(e);
        metrics.Accepted("server", 1);
    }
}
