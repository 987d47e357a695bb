using System.Diagnostics;
using System.Text.Json;
using Gatehouse.Tests.Features.Presence;
using Microsoft.AspNetCore.SignalR.Client;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// Presence across two real nodes behind the real nginx: a member connected through nginx, an
/// observer on the other node, a member with sessions on both, a node killed with SIGKILL.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterPresenceTests(ClusterFixture cluster)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_status_set_through_nginx_reaches_an_observer_on_the_other_node_within_a_second()
    {
        var target = await cluster.NginxTargetAsync();
        var other = cluster.Nodes[1 - target];
        var (member, token) = await cluster.MemberAsync(cluster.Nginx);
        await using var observer = await ClusterObserver.SubscribeAsync(other.BaseAddress);

        await using var gateway = ClusterFixture.Hub(cluster.Nginx, "/gateway?platform=web", token);
        await gateway.StartAsync();
        await observer.NextAsync(member, e => e.Status() == "online", Wait);

        var sent = Stopwatch.GetTimestamp();
        await gateway.InvokeAsync<JsonElement>("setStatus", "dnd", "in a meeting", null);
        var (dnd, at) = await observer.NextAsync(member, e => e.Status() == "dnd", Wait);

        Assert.Equal("in a meeting", dnd.GetProperty("status_message").GetString());
        Assert.True(Stopwatch.GetElapsedTime(sent, at) < TimeSpan.FromSeconds(1), $"took {Stopwatch.GetElapsedTime(sent, at)}");
    }

    [Fact]
    public async Task Exactly_one_node_holds_the_lease_for_once_per_cluster_work()
    {
        var leaders = 0;
        foreach (var node in cluster.Nodes)
            if ((await node.WaitReadyAsync("ready")).GetProperty("leader").GetBoolean()) leaders++;
        Assert.Equal(1, leaders);
    }

    [Fact]
    public async Task A_member_with_sessions_on_two_nodes_is_merged_and_versions_only_grow()
    {
        var (member, token) = await cluster.MemberAsync(cluster.Nodes[0].BaseAddress);
        await using var observer = await ClusterObserver.SubscribeAsync(cluster.Nodes[1].BaseAddress);

        await using var web = ClusterFixture.Hub(cluster.Nodes[0].BaseAddress, "/gateway?platform=web", token);
        await web.StartAsync();
        await observer.NextAsync(member, e => e.Status() == "online", Wait);
        await using var mobile = ClusterFixture.Hub(cluster.Nodes[1].BaseAddress, "/gateway?platform=mobile", token);
        await mobile.StartAsync();
        var both = (await observer.NextAsync(member, e => e.GetProperty("client_status").TryGetProperty("mobile", out _)
            && e.GetProperty("client_status").TryGetProperty("web", out _), Wait)).Event;
        Assert.Equal("online", both.Status());

        // The chosen status is account-wide: set on node 1, it shows on both platforms.
        await mobile.InvokeAsync<JsonElement>("setStatus", "dnd", null, null);
        var dnd = (await observer.NextAsync(member, e => e.Status() == "dnd"
            && e.GetProperty("client_status").GetProperty("web").GetString() == "dnd", Wait)).Event;
        Assert.Equal("dnd", dnd.GetProperty("client_status").GetProperty("mobile").GetString());

        // The web session leaves: after its node's grace period only mobile remains, and the member is still there.
        await web.StopAsync();
        var mobileOnly = (await observer.NextAsync(member, e => !e.GetProperty("client_status").TryGetProperty("web", out _), Wait)).Event;
        Assert.Equal("dnd", mobileOnly.Status());

        var versions = observer.SeenAbout(member).Select(e => e.Version()).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task A_killed_node_loses_its_ghosts_within_the_bound_while_a_member_behind_nginx_reconnects_without_going_offline()
    {
        var target = await cluster.NginxTargetAsync();
        var doomed = cluster.Nodes[target];
        var survivor = cluster.Nodes[1 - target];
        var (member, memberToken) = await cluster.MemberAsync(cluster.Nginx);
        var (ghost, ghostToken) = await cluster.MemberAsync(survivor.BaseAddress);
        await using var observer = await ClusterObserver.SubscribeAsync(survivor.BaseAddress);

        await using var throughNginx = ClusterFixture.Hub(cluster.Nginx, "/gateway?platform=web", memberToken, reconnect: true);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        throughNginx.Reconnected += _ => { reconnected.TrySetResult(); return Task.CompletedTask; };
        await throughNginx.StartAsync();
        // The ghost is connected straight to the node that dies and never comes back.
        await using var ghostClient = ClusterFixture.Hub(doomed.BaseAddress, "/gateway?platform=desktop", ghostToken);
        await ghostClient.StartAsync();
        await observer.NextAsync(member, e => e.Status() == "online", Wait);
        await observer.NextAsync(ghost, e => e.Status() == "online", Wait);

        var killed = Stopwatch.GetTimestamp();
        doomed.Kill();
        try
        {
            await reconnected.Task.WaitAsync(Wait);
            var (_, offlineAt) = await observer.NextAsync(ghost, e => e.Status() == "offline", Wait);

            // Stated bound: heartbeat TTL (6 s) + check interval (1 s) in these tests, plus delivery, which
            // on the loaded two-core CI machine (Chromium beside the whole suite) was seen taking 2 s more.
            // A ghost left to the gateway's own timeout (30 s) or never cleared still fails by far. The TTL is
            // also the reconnecting member's grace: CI once saw a reconnect through nginx take 3.8 s.
            var took = Stopwatch.GetElapsedTime(killed, offlineAt);
            Assert.True(took < TimeSpan.FromSeconds(6 + 1 + 4), $"the ghost went offline after {took}");
            Assert.DoesNotContain(observer.SeenAbout(member), e => e.Status() == "offline");
            // The once-per-cluster lease moves to the survivor when the dead node's connection is gone.
            await survivor.WaitUntilAsync(r => r.GetProperty("leader").GetBoolean(), Wait);
        }
        finally
        {
            // Whatever happened, the next test gets two live nodes.
            await cluster.RestartAsync(target);
        }
    }
}
