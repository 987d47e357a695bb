using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// A hub connection opened as a browser's JavaScript client opens it: negotiate with the token in the header,
/// follow a redirect (its URL, its access token) as that client does, then the token in the socket's URL,
/// which is all a browser can send with a WebSocket.
/// </summary>
public static class RawHubSocket
{
    /// <summary>Opens the socket and completes SignalR's handshake; returns the socket, open.</summary>
    public static async Task<ClientWebSocket> OpenAsync(Uri hub, string token)
    {
        using var http = new HttpClient();
        var negotiated = await NegotiateAsync(http, hub, token);
        for (var redirects = 0; negotiated.TryGetProperty("url", out var url) && redirects < 100; redirects++)
        {
            hub = new Uri(url.GetString()!);
            if (negotiated.TryGetProperty("accessToken", out var ticket)) token = ticket.GetString()!;
            negotiated = await NegotiateAsync(http, hub, token);
        }
        var id = negotiated.GetProperty("connectionToken").GetString();
        var socketUrl = new UriBuilder(hub)
        {
            Scheme = "ws",
            Query = $"{hub.Query.TrimStart('?')}&id={id}&access_token={Uri.EscapeDataString(token)}".TrimStart('&'),
        }.Uri;
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(socketUrl, CancellationToken.None);
        await socket.SendAsync("{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[4096];
        var answer = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.StartsWith("{}\u001e", Encoding.UTF8.GetString(buffer, 0, answer.Count), StringComparison.Ordinal);
        return socket;
    }

    public static async Task<JsonElement> NegotiateAsync(HttpClient http, Uri hub, string token)
    {
        var query = hub.Query.Contains("negotiateVersion", StringComparison.Ordinal) ? hub.Query : $"{hub.Query}{(hub.Query.Length == 0 ? '?' : '&')}negotiateVersion=1";
        using var request = new HttpRequestMessage(HttpMethod.Post, new UriBuilder(hub) { Path = hub.AbsolutePath + "/negotiate", Query = query.TrimStart('?') }.Uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"negotiate {hub}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
