using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Gatehouse.Server.Infrastructure;

namespace Gatehouse.Server.Features.Presence;

/// <summary>Writes an observer's batches as Server-Sent Events: one event per change, one flush per batch.</summary>
public sealed class SsePresenceSink(HttpContext http) : IPresenceBatchSink
{
    public const string SnapshotEvent = "presence.snapshot";
    public const string EndedEvent = "subscription.ended";

    private static readonly byte[] KeepAlive = ": keep-alive\n\n"u8.ToArray();

    public async Task SendAsync(IReadOnlyList<(long Position, PresenceUpdate Event)> events, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        foreach (var (position, update) in events) Write(writer, position, PresenceUpdate.EventType, update);
        await writer.FlushAsync(ct);
    }

    public async Task SendSnapshotAsync(long position, IReadOnlyList<PresenceUpdate> snapshot, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        Write(writer, position, SnapshotEvent, new { snapshot, version = position });
        await writer.FlushAsync(ct);
    }

    public async Task KeepAliveAsync(CancellationToken ct) => await http.Response.BodyWriter.WriteAsync(KeepAlive, ct);

    public async Task EndAsync(string reason, CancellationToken ct)
    {
        var writer = http.Response.BodyWriter;
        Write(writer, null, EndedEvent, new SubscriptionEnded(LiveHub.PresenceTopic, reason));
        await writer.FlushAsync(ct);
    }

    public void Abort() => http.Abort();

    private static void Write<T>(IBufferWriter<byte> writer, long? position, string eventName, T data)
    {
        if (position is { } id) writer.Write(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"id: {id}\n")));
        writer.Write(Encoding.UTF8.GetBytes($"event: {eventName}\ndata: "));
        using (var json = new Utf8JsonWriter(writer)) JsonSerializer.Serialize(json, data, GatehouseJson.Options);
        writer.Write("\n\n"u8);
    }
}
