using Gatehouse.Server.Features.Presence.Model;
using Gatehouse.Server.Infrastructure.Realtime;

namespace Gatehouse.Server.Features.Presence.Observers;

/// <summary>Writes an observer's batches as Server-Sent Events: one event per change, one flush per batch.</summary>
public sealed class SsePresenceSink(HttpContext http) : IPresenceBatchSink
{
    public const string SnapshotEvent = "presence.snapshot";
    public const string EndedEvent = "subscription.ended";

    public async Task SendAsync(IReadOnlyList<(long Position, PresenceUpdate Event)> events, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        foreach (var (position, update) in events) ServerSentEvents.Write(writer, position, PresenceUpdate.EventType, update);
        await writer.FlushAsync(ct);
    }

    public async Task SendSnapshotAsync(long position, IReadOnlyList<PresenceUpdate> snapshot, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        ServerSentEvents.Write(writer, position, SnapshotEvent, new { snapshot, version = position });
        await writer.FlushAsync(ct);
    }

    public Task KeepAliveAsync(CancellationToken ct) => ServerSentEvents.KeepAliveAsync(http, ct);

    public async Task EndAsync(string reason, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        ServerSentEvents.Write(writer, null, EndedEvent, new SubscriptionEnded(PresenceTopic.TopicName, reason));
        await writer.FlushAsync(ct);
    }

    public void Abort() => http.Abort();
}
