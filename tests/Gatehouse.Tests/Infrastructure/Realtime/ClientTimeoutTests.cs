using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Gatehouse.Tests.Features.Presence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>
/// SignalR's client timeout still holds on the hubs whose heartbeats <c>HubKeepAlive</c> ticks (<c>SpreadHeartbeat</c>):
/// a gateway that goes silent is closed once it has said nothing for the timeout, while the server's pings keep coming
/// until then. It runs on the network's clock, as SignalR's own does, so the timeout here is short.
/// </summary>
public sealed class ClientTimeoutTests(ShortTimeoutSqliteApp app) : IClassFixture<ShortTimeoutSqliteApp>
{
    [Fact]
    public async Task A_gateway_that_goes_silent_is_closed_after_the_client_timeout()
    {
        var ada = await app.PersonAsync();
        using var socket = await RawHubSocket.OpenAsync(new Uri(app.BaseAddress, "/gateway?platform=web"), ada.Token);
        // The client's first ping starts its timeout (SignalR's rule); then it says nothing more.
        await socket.SendAsync("{\"type\":6}\u001e"u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var silent = Stopwatch.StartNew();

        var buffer = new byte[16 * 1024];
        var pings = 0;
        using var bound = new CancellationTokenSource(LiveClients.Timeout);
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, bound.Token);
            if (received.MessageType == WebSocketMessageType.Close) break;
            var text = Encoding.UTF8.GetString(buffer, 0, received.Count);
            // SignalR says why before it closes: {"type":7,"error":"Connection closed with an error.",...}.
            if (text.Contains("\"type\":7", StringComparison.Ordinal)) break;
            pings += text.Split('\u001e').Count(m => m == "{\"type\":6}");
        }

        Assert.InRange(silent.Elapsed, ShortTimeoutSqliteApp.ClientTimeout - TimeSpan.FromMilliseconds(100), LiveClients.Timeout);
        Assert.True(pings >= 1, "the server kept pinging the connection until then");
    }
}

/// <summary>Hubs with a 2 s client timeout and a 500 ms keep-alive.</summary>
public sealed class ShortTimeoutSqliteApp : LiveSqliteApp
{
    public static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(2);

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.Configure<HubOptions>(o =>
        {
            o.ClientTimeoutInterval = ClientTimeout;
            o.KeepAliveInterval = TimeSpan.FromMilliseconds(500);
        });
}
