using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// Live analytics across two real nodes: a site's events ingested on node A and on node B are summed in
/// the windows node A pushes on its <c>analytics</c> topic and answers on <c>GET /analytics/live</c>.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterAnalyticsTests(ClusterFixture cluster)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Events_ingested_on_two_nodes_are_summed_in_one_nodes_live_windows()
    {
        var (a, b) = (cluster.Nodes[0].BaseAddress, cluster.Nodes[1].BaseAddress);
        var ownerToken = await ClusterFixture.TokenAsync(a, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        await using var connection = ClusterFixture.Hub(a, "/hubs/live", ownerToken);
        var pushed = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>("events", batch =>
        {
            foreach (var e in batch.GetProperty("events").EnumerateArray()) pushed.Writer.TryWrite(e.Clone());
        });
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("subscribe", "analytics", new { interval = "1s" });

        // A type no other test sends, so the count in node A's windows is exactly this test's events.
        var type = "cluster_check_" + Guid.NewGuid().ToString("N")[..10];
        var (_, memberOnA) = await cluster.MemberAsync(a);
        var (_, memberOnB) = await cluster.MemberAsync(b);
        await SendAsync(a, memberOnA, type, 3);
        await SendAsync(b, memberOnB, type, 4);

        using var cts = new CancellationTokenSource(Wait);
        long seen = 0;
        var nodes = 0;
        while (seen < 7)
        {
            var window = await pushed.Reader.ReadAsync(cts.Token);
            if (window.GetProperty("event_types").TryGetProperty(type, out var count))
            {
                seen += count.GetInt64();
                nodes = Math.Max(nodes, window.GetProperty("nodes").GetInt32());
            }
        }
        Assert.Equal(7, seen);
        Assert.Equal(2, nodes);

        using var owner = ClusterFixture.Client(a, ownerToken);
        var live = await owner.GetFromJsonAsync<JsonElement>("/api/v1/analytics/live?interval=1s");
        var latest = live.GetProperty("latest");
        Assert.Equal(2, latest.GetProperty("nodes").GetInt32());
        Assert.False(latest.GetProperty("partial").GetBoolean());
    }

    private static async Task SendAsync(Uri node, string token, string type, int count)
    {
        using var member = ClusterFixture.Client(node, token);
        var response = await member.PostAsJsonAsync("/api/v1/analytics/events",
            new { events = Enumerable.Range(0, count).Select(_ => new { type }).ToArray(), device = "desktop" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
