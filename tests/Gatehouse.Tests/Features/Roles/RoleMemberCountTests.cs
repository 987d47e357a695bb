using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Roles;

/// <summary>
/// The role list's member counts (read from the node's copy of the members) follow every change at once: assignment,
/// removal, deletion and restore, a batch of members.
/// </summary>
public abstract class RoleMemberCountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Counts_follow_assignment_removal_deletion_and_restore_at_once()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("counted");
        var role = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority = 7 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        Assert.Equal(0, await CountAsync(owner, role));
        var members = new List<Guid>();
        for (var i = 0; i < 3; i++) members.Add((await owner.CreateUserAsync(Api.Unique("holder"), [name])).GetProperty("id").GetGuid());
        Assert.Equal(3, await CountAsync(owner, role));

        await (await owner.PostAsJsonAsync($"/api/v1/users/{members[0]}/roles", new { remove = new[] { name } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, await CountAsync(owner, role));

        await (await owner.DeleteAsync($"/api/v1/users/{members[1]}")).ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.Equal(1, await CountAsync(owner, role));
        await (await owner.PostAsync($"/api/v1/users/{members[1]}/restore", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(2, await CountAsync(owner, role));

        await (await owner.PostAsJsonAsync($"/api/v1/users/{members[0]}/roles", new { add = new[] { name } })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, await CountAsync(owner, role));
    }

    [Fact]
    public async Task A_role_nobody_holds_counts_zero_and_other_roles_keep_their_counts()
    {
        using var owner = await app.OwnerAsync();
        var (first, second) = (Api.Unique("first"), Api.Unique("second"));
        var firstId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = first, priority = 5 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var secondId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = second, priority = 6 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await owner.CreateUserAsync(Api.Unique("both"), [first, second]);
        await owner.CreateUserAsync(Api.Unique("one"), [first]);

        Assert.Equal(2, await CountAsync(owner, firstId));
        Assert.Equal(1, await CountAsync(owner, secondId));
        var fresh = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("none"), priority = 4 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        Assert.Equal(0, await CountAsync(owner, fresh));
    }

    private static async Task<int> CountAsync(HttpClient owner, Guid role) =>
        (await owner.GetJsonAsync("/api/v1/roles")).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == role).GetProperty("member_count").GetInt32();
}

public sealed class RoleMemberCountTests_Sqlite(SqliteApp app) : RoleMemberCountTests<SqliteApp>(app);

public sealed class RoleMemberCountTests_Postgres(PostgresApp app) : RoleMemberCountTests<PostgresApp>(app);
