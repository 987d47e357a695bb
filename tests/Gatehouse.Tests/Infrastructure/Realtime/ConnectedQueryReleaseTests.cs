using System.Runtime.CompilerServices;
using Gatehouse.Server.Infrastructure.Realtime;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;

namespace Gatehouse.Tests.Infrastructure.Realtime;

/// <summary>The parsed query is let go once the hub has connected, and parsed again if anything reads it after.</summary>
public sealed class ConnectedQueryReleaseTests
{
    [Fact]
    public async Task Once_the_hub_has_connected_its_parsed_query_is_let_go_and_parsed_again_if_read()
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString("?platform=web&id=abc");
        var (platform, parsed) = await ConnectAsync(http);
        Assert.Equal("web", platform);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(parsed.IsAlive);
        Assert.Equal("abc", http.Request.Query["id"].ToString());
    }

    [Fact]
    public async Task A_hub_that_refuses_the_connection_leaves_the_request_as_it_was()
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString("?platform=tv");
        var query = http.Request.Query;
        await Assert.ThrowsAsync<HubException>(() => new ConnectedQueryRelease().OnConnectedAsync(
            new HubLifetimeContext(new TestHubCaller(http), new NoHubServices(), new EmptyHub()), _ => throw new HubException("unknown platform")));
        Assert.Same(query, http.Request.Query);
    }

    /// <summary>Connects through the filter, the hub reading the platform; the parsed query is only weakly held here.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<(string? Platform, WeakReference Parsed)> ConnectAsync(HttpContext http)
    {
        string? platform = null;
        WeakReference? parsed = null;
        await new ConnectedQueryRelease().OnConnectedAsync(new HubLifetimeContext(new TestHubCaller(http), new NoHubServices(), new EmptyHub()), c =>
        {
            var query = c.Context.GetHttpContext()!.Request.Query;
            platform = query["platform"];
            parsed = new WeakReference(query);
            return Task.CompletedTask;
        });
        return (platform, parsed!);
    }

    private sealed class EmptyHub : Hub;
}
