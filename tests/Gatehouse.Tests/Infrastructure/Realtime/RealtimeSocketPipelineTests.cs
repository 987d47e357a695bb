using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>Which requests pass the API's middlewares by (WebSocket handshakes to a hub), and that the API still has them.</summary>
public sealed class RealtimeSocketPipelineTests
{
    private static readonly PathString[] Hubs = ["/gateway", "/hubs/live"];

    private sealed class Upgrade(bool upgradable) : IHttpUpgradeFeature
    {
        public bool IsUpgradableRequest => upgradable;
        public Task<Stream> UpgradeAsync() => throw new NotSupportedException();
    }

    private sealed class ExtendedConnect(string protocol) : IHttpExtendedConnectFeature
    {
        public bool IsExtendedConnect => true;
        public string? Protocol => protocol;
        public ValueTask<Stream> AcceptAsync() => throw new NotSupportedException();
    }

    private static DefaultHttpContext Request(string path, string? upgrade, IHttpExtendedConnectFeature? connect = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = path;
        http.Features.Set<IHttpUpgradeFeature>(new Upgrade(upgrade is not null));
        if (upgrade is not null) http.Request.Headers.Upgrade = upgrade;
        if (connect is not null) http.Features.Set(connect);
        return http;
    }

    [Theory]
    [InlineData("/gateway", "websocket", true)]
    [InlineData("/hubs/live", "WebSocket", true)]
    [InlineData("/GATEWAY", "websocket", true)]
    [InlineData("/gateway/negotiate", null, false)] // SignalR's negotiate: a plain POST, the API's pipeline
    [InlineData("/hubs/live", null, false)] // Server-Sent Events or long polling: a plain request
    [InlineData("/api/v1/users", "websocket", false)] // a socket elsewhere is not a hub's
    [InlineData("/gateways", "websocket", false)] // a path that only starts like a hub's
    [InlineData("/gateway", "h2c", false)]
    public void Only_WebSocket_handshakes_to_a_hub_pass_by(string path, string? upgrade, bool passes) =>
        Assert.Equal(passes, RealtimeSocketPipeline.IsSocketTo(Request(path, upgrade), Hubs));

    [Fact]
    public void An_HTTP2_WebSocket_to_a_hub_passes_by_too()
    {
        Assert.True(RealtimeSocketPipeline.IsSocketTo(Request("/gateway", null, new ExtendedConnect("websocket")), Hubs));
        Assert.False(RealtimeSocketPipeline.IsSocketTo(Request("/gateway", null, new ExtendedConnect("webtransport")), Hubs));
    }
}
