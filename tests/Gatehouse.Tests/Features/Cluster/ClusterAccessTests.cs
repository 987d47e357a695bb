using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// Each node caches what the permission rule computes per member; a request checks the member's version
/// and the outbox for role events first, and reads its session fresh. So a permission change made on one
/// node applies to the very next request on the other, with no wait.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterAccessTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_permission_change_on_one_node_applies_to_the_very_next_request_on_the_other()
    {
        var (a, b) = (cluster.Nodes[0].BaseAddress, cluster.Nodes[1].BaseAddress);
        using var owner = ClusterFixture.Client(a, await ClusterFixture.TokenAsync(a, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        var role = Api.Unique("readers");
        var roleId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 15 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var (id, token) = await cluster.MemberAsync(a);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { add = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        using var onB = ClusterFixture.Client(b, token);
        await (await onB.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden); // node B has cached the member

        // A role edit.
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{roleId}", new { permissions = new[] { "audit.read" } }, null)).ShouldBeAsync(HttpStatusCode.OK);
        await (await onB.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        // The role taken from the member, then given back.
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { remove = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await onB.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { add = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await onB.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        // The session revoked.
        Assert.True((await owner.DeleteAsync($"/api/v1/users/{id}/sessions")).IsSuccessStatusCode);
        await (await onB.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        // A ban.
        var (banned, bannedToken) = await cluster.MemberAsync(a);
        using var bannedOnB = ClusterFixture.Client(b, bannedToken);
        await (await bannedOnB.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{banned}/ban", new { reason = "spam links" })).ShouldBeAsync(HttpStatusCode.Created);
        await (await bannedOnB.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }
}
