using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using StackExchange.Redis;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>What the cluster must survive: Redis going away and coming back, and writes racing on two nodes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterResilienceTests(ClusterFixture cluster)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Without_Redis_a_node_serves_its_own_clients_says_degraded_and_writes_its_presence_again_when_Redis_is_back()
    {
        // A Redis of this test's own, so stopping it leaves the run's Redis to the other tests.
        await using var redis = new RedisServerProcess();
        await redis.StartAsync();
        await using var node = await GatehouseNodeProcess.StartAsync("lonely-" + Guid.NewGuid().ToString("N")[..6],
            RedisServerProcess.FreePort(), cluster.Settings(redis.Address));
        var (member, token) = await cluster.MemberAsync(node.BaseAddress);
        await using var observer = await ClusterObserver.SubscribeAsync(node.BaseAddress);
        await using var gateway = ClusterFixture.Hub(node.BaseAddress, "/gateway?platform=web", token);
        await gateway.StartAsync();
        var online = (await observer.NextAsync(member, e => e.Status() == "online", Wait)).Event;

        redis.Stop();
        var degraded = await node.WaitReadyAsync("degraded", Wait);
        Assert.StartsWith("redis", degraded.GetProperty("reason").GetString(), StringComparison.Ordinal);

        // Sign-in keeps answering (never a 5xx), limited by this node's own counters, and the node says so.
        using (var signIn = new HttpClient { BaseAddress = node.BaseAddress })
        {
            var typed = $"nobody-{Guid.NewGuid():N}@example.test";
            for (var i = 0; i < 5; i++)
                await (await signIn.PostAsJsonAsync("/api/v1/auth/login", new { email = typed, password = "Wrong-Passw0rd!" })).ShouldBeAsync(System.Net.HttpStatusCode.Unauthorized);
            await (await signIn.PostAsJsonAsync("/api/v1/auth/login", new { email = typed, password = "Wrong-Passw0rd!" })).ShouldBeAsync(System.Net.HttpStatusCode.TooManyRequests);
            Assert.Contains("sign-in limits and lockouts are counted on this node only", node.Log, StringComparison.Ordinal);
        }

        // Local clients keep working: the API answers and presence changes reach the local observer.
        await gateway.InvokeAsync<JsonElement>("setStatus", "idle", null, null);
        var idle = (await observer.NextAsync(member, e => e.Status() == "idle", Wait)).Event;
        Assert.True(idle.Version() > online.Version());
        using (var owner = ClusterFixture.Client(node.BaseAddress, await ClusterFixture.TokenAsync(node.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword)))
            await (await owner.GetAsync($"/api/v1/users/{member}")).ShouldBeAsync(System.Net.HttpStatusCode.OK);

        // Redis comes back empty (nothing was saved): the node finds it, and writes its member's view again.
        await redis.StartAsync();
        await node.WaitReadyAsync("ready", Wait);
        await using var check = await ConnectionMultiplexer.ConnectAsync(redis.Address);
        var key = $"{cluster.KeyPrefix}:presence:{member:N}";
        await UntilAsync(async () => (await check.GetDatabase().HashGetAllAsync(key)).Any(f => f.Name.ToString() == $"n:{node.NodeId}"));
        Assert.Contains("\"idle\"", (await check.GetDatabase().HashGetAsync(key, $"n:{node.NodeId}")).ToString(), StringComparison.Ordinal);

        await gateway.InvokeAsync<JsonElement>("setStatus", "dnd", null, null);
        var dnd = (await observer.NextAsync(member, e => e.Status() == "dnd", Wait)).Event;
        Assert.True(dnd.Version() > idle.Version());
    }

    [Fact]
    public async Task Audit_chain_stays_gapless_and_verifies_under_concurrent_writes_on_two_nodes()
    {
        var owners = await Task.WhenAll(cluster.Nodes.Select(async n =>
            ClusterFixture.Client(n.BaseAddress, await ClusterFixture.TokenAsync(n.BaseAddress, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword))));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => owners[i % 2].CreateUserAsync(Api.Unique("chain"))));

        foreach (var owner in owners)
        {
            var verify = await owner.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
            Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
            // Gapless: as many entries checked as the last sequence number says.
            Assert.Equal(verify.GetProperty("last_seq").GetInt64(), verify.GetProperty("checked").GetInt64());
            owner.Dispose();
        }
    }

    /// <summary>Redis is another process: its content can only be read again until it holds what we wait for.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        using var cts = new CancellationTokenSource(Wait);
        while (!await condition()) await Task.Delay(50, cts.Token);
    }
}
