using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Server.Infrastructure.Realtime;

/// <summary>The SSE framing every stream endpoint shares: headers, one event, a keep-alive comment, the resume id.</summary>
public static class ServerSentEvents
{
    private static readonly byte[] KeepAliveComment = ": keep-alive\n\n"u8.ToArray();

    public static void Start(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx: deliver each event as it comes
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
    }

    /// <summary>Writes one event (not flushed: the caller flushes once per batch).</summary>
    public static void Write<T>(IBufferWriter<byte> writer, long? id, string eventName, T data)
    {
        if (id is { } position) writer.Write(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"id: {position}\n")));
        writer.Write(Encoding.UTF8.GetBytes($"event: {eventName}\ndata: "));
        using (var json = new Utf8JsonWriter(writer)) JsonSerializer.Serialize(json, data, GatehouseJson.Options);
        writer.Write("\n\n"u8);
    }

    public static async Task KeepAliveAsync(HttpContext http, CancellationToken ct) => await http.Response.BodyWriter.WriteAsync(KeepAliveComment, ct);

    /// <summary>The header EventSource sends on reconnect, or a query parameter for clients that cannot set headers.</summary>
    public static long? LastEventId(HttpContext http)
    {
        var text = http.Request.Headers["Last-Event-ID"].ToString();
        if (string.IsNullOrEmpty(text)) text = http.Request.Query["last_event_id"].ToString();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
