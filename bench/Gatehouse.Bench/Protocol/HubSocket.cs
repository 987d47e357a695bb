using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gatehouse.Bench.Protocol;

/// <summary>
/// A SignalR connection over the JSON hub protocol, spoken directly on a <see cref="ClientWebSocket"/>
/// (negotiate, handshake, invocations, completions, pings). The official client costs the bench
/// process far more CPU and memory per connection, and at 10k connections on the same two cores
/// that cost showed up in the latency it was meant to measure; this client does what the relay
/// mode's client does, so the two modes compare servers, not client libraries.
/// </summary>
public sealed class HubSocket : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private const int MaxRedirects = 100;
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");

    private readonly ClientWebSocket _socket;
    private readonly Action<string, JsonElement>? _onInvocation;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _calls = new();
    private readonly CancellationTokenSource _closed = new();
    private int _nextId;

    private HubSocket(ClientWebSocket socket, Action<string, JsonElement>? onInvocation)
    {
        _socket = socket;
        _onInvocation = onInvocation;
    }

    /// <summary>
    /// Negotiates (following the server's redirect to a socket ticket, as the official clients do), opens the
    /// WebSocket, completes the handshake and starts reading. Server invocations (<c>target</c>,
    /// <c>arguments</c> array) go to <paramref name="onInvocation"/>, one at a time, on the reading task.
    /// </summary>
    public static async Task<HubSocket> ConnectAsync(HttpMessageHandler handler, Uri hub, string accessToken,
        Action<string, JsonElement>? onInvocation, CancellationToken ct)
    {
        using var http = new HttpClient(handler, disposeHandler: false);
        var (url, token, id) = await NegotiateAsync(http, hub, accessToken, ct);

        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero; // the hub protocol has its own pings
        var ws = new UriBuilder(url)
        {
            Scheme = url.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Query = $"{url.Query.TrimStart('?')}&id={id}&access_token={Uri.EscapeDataString(token)}".TrimStart('&'),
        }.Uri;
        using (var invoker = new HttpMessageInvoker(handler, disposeHandler: false)) await socket.ConnectAsync(ws, invoker, ct);

        var connection = new HubSocket(socket, onInvocation);
        await connection.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"));
        // The handshake answer may share its frame with the first messages (the gateway's "ready").
        var buffer = new byte[4096];
        var handshake = await socket.ReceiveAsync(buffer, ct);
        var end = Array.IndexOf(buffer, RecordSeparator, 0, handshake.Count);
        if (end < 0 || !buffer.AsSpan(0, end).SequenceEqual("{}"u8))
            throw new WebSocketException($"handshake refused: {Encoding.UTF8.GetString(buffer, 0, handshake.Count)}");
        connection.Dispatch(buffer.AsSpan(end + 1, handshake.Count - end - 1));
        _ = connection.ReadAsync();
        return connection;
    }

    /// <summary>
    /// SignalR's negotiate; a redirect (<c>url</c>, <c>accessToken</c>: Gatehouse's socket ticket) is followed
    /// with its token, up to the official clients' 100 redirects. Returns where to connect, with which token, and
    /// the connection token.
    /// </summary>
    private static async Task<(Uri Url, string Token, string? Id)> NegotiateAsync(HttpClient http, Uri url, string token, CancellationToken ct)
    {
        for (var redirects = 0; redirects < MaxRedirects; redirects++)
        {
            var query = url.Query.Contains("negotiateVersion=", StringComparison.Ordinal) ? url.Query.TrimStart('?') : $"{url.Query.TrimStart('?')}&negotiateVersion=1";
            var negotiateUrl = new UriBuilder(url) { Path = $"{url.AbsolutePath}/negotiate", Query = $"{query}&access_token={Uri.EscapeDataString(token)}".TrimStart('&') }.Uri;
            using var negotiate = await http.PostAsync(negotiateUrl, null, ct);
            negotiate.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync(ct));
            var root = body.RootElement;
            if (!root.TryGetProperty("url", out var redirect)) return (url, token, root.GetProperty("connectionToken").GetString());
            url = new Uri(redirect.GetString()!);
            if (root.TryGetProperty("accessToken", out var ticket)) token = ticket.GetString()!;
        }
        throw new InvalidOperationException("Negotiate redirection limit exceeded.");
    }

    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>Calls a hub method and returns its result (a hub error becomes an <see cref="InvalidOperationException"/>).</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId);
        var call = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = call;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { type = 1, invocationId = id.ToString(CultureInfo.InvariantCulture), target, arguments });
        await SendAsync([.. message, RecordSeparator]);
        return await call.Task;
    }

    /// <summary>Tells the server this client is alive (it closes connections silent for 30 s).</summary>
    public Task PingAsync() => SendAsync(Ping);

    public async ValueTask DisposeAsync()
    {
        await _closed.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
    }

    private async Task SendAsync(byte[] message)
    {
        await _sending.WaitAsync();
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (!_closed.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer.GetMemory(1024), _closed.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                buffer.Advance(result.Count);
                if (!result.EndOfMessage) continue;
                Dispatch(buffer.WrittenSpan);
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        foreach (var (_, call) in _calls) call.TrySetException(new InvalidOperationException("connection closed"));
    }

    private void Dispatch(ReadOnlySpan<byte> frame)
    {
        while (frame.IndexOf(RecordSeparator) is var end and >= 0)
        {
            using var message = JsonDocument.Parse(frame[..end].ToArray());
            frame = frame[(end + 1)..];
            var root = message.RootElement;
            switch (root.GetProperty("type").GetInt32())
            {
                case 1 when _onInvocation is not null:
                    _onInvocation(root.GetProperty("target").GetString()!, root.GetProperty("arguments").Clone());
                    break;
                case 3 when int.TryParse(root.GetProperty("invocationId").GetString(), CultureInfo.InvariantCulture, out var id) && _calls.TryRemove(id, out var call):
                    if (root.TryGetProperty("error", out var error)) call.TrySetException(new InvalidOperationException(error.GetString()));
                    else call.TrySetResult(root.TryGetProperty("result", out var value) ? value.Clone() : default);
                    break;
                case 7:
                    _ = _closed.CancelAsync();
                    break;
            }
        }
    }
}
