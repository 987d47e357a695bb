using System.Text;
using System.Text.Json;

namespace Gatehouse.Tests.Features.Presence;

/// <summary>One Server-Sent Event as a client parses it.</summary>
public sealed record SseEvent(string? Id, string Event, JsonElement Data);

/// <summary>A minimal EventSource: reads <c>id</c>, <c>event</c> and <c>data</c> lines, skips comments.</summary>
public sealed class SseClient : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public static async Task<SseClient> OpenAsync(HttpClient client, string url, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseClient(response, await response.Content.ReadAsStreamAsync());
    }

    public async Task<SseEvent> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? LiveClients.Timeout);
        string? id = null, name = null, data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("the stream ended");
            if (line.Length == 0)
            {
                if (data is not null) return new SseEvent(id, name ?? "message", JsonDocument.Parse(data).RootElement.Clone());
                continue;
            }
            if (line.StartsWith(':')) continue;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            switch (field)
            {
                case "id": id = value; break;
                case "event": name = value; break;
                case "data": data = data is null ? value : data + "\n" + value; break;
            }
        }
    }

    /// <summary>The next presence.update about this user.</summary>
    public async Task<SseEvent> NextAboutAsync(Guid userId, Func<JsonElement, bool>? match = null)
    {
        while (true)
        {
            var e = await NextAsync();
            if (e.Event == "presence.update" && e.Data.GetProperty("user_id").GetGuid() == userId && (match?.Invoke(e.Data) ?? true)) return e;
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
