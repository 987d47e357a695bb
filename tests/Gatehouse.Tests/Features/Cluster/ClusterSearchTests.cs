using System.Net;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Cluster;

/// <summary>
/// Each node answers <c>?q=</c> from its own in-memory index; another node's commits reach it
/// through the outbox, which a search reads up to its end first. So a member created or renamed
/// on one node is found on the other by the very next search, with no wait.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterSearchTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_member_created_or_renamed_on_one_node_is_found_at_once_on_the_other()
    {
        var (a, b) = (cluster.Nodes[0].BaseAddress, cluster.Nodes[1].BaseAddress);
        using var onA = ClusterFixture.Client(a, await ClusterFixture.TokenAsync(a, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        using var onB = ClusterFixture.Client(b, await ClusterFixture.TokenAsync(b, GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword));
        static async Task<Guid[]> FoundAsync(HttpClient client, string q) =>
            [.. (await client.GetJsonAsync($"/api/v1/users?q={Uri.EscapeDataString(q)}")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid())];

        var name = Api.Unique("cls");
        Assert.Empty(await FoundAsync(onB, name)); // node B's index is built before the change
        var id = (await onA.CreateUserAsync(name)).GetProperty("id").GetGuid();
        Assert.Equal([id], await FoundAsync(onB, name));

        var renamed = Api.Unique("Renamed");
        await (await onA.PatchAsJsonAsync($"/api/v1/users/{id}", new { display_name = renamed }, null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal([id], await FoundAsync(onB, renamed));
    }
}
