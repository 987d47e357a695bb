using Gatehouse.Server.Features.Presence.Model;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>Where an observer's batches go: a live-hub connection or a Server-Sent Events response.</summary>
public interface IPresenceBatchSink
{
    /// <param name="events">In stream order, each with its stream position.</param>
    Task SendAsync(IReadOnlyList<(long Position, PresenceUpdate Event)> events, CancellationToken ct);

    /// <summary>Nothing to say for a while (transports without their own keep-alive write a comment).</summary>
    Task KeepAliveAsync(CancellationToken ct);

    /// <summary>The subscription ends (permission lost, unsubscribed): tell the client why, best effort.</summary>
    Task EndAsync(string reason, CancellationToken ct);

    /// <summary>The consumer stayed behind: drop its connection so it reconnects and resyncs from a snapshot.</summary>
    void Abort();
}
