using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Roles;

public abstract class RoleVersioningTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    [Fact]
    public async Task Every_change_is_a_version_with_a_diff_and_rollback_makes_a_new_version_equal_to_the_old_one()
    {
        using var owner = await app.OwnerAsync();
        var name = Api.Unique("helpers");
        var role = await (await owner.PostAsJsonAsync("/api/v1/roles", new
        {
            name,
            description = "Gestion signalements",
            priority = 20,
            permissions = new[] { "users.read" },
            color = "#5865F2",
        })).ShouldBeAsync(HttpStatusCode.Created);
        var id = role.GetProperty("id").GetGuid();

        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{id}", new { permissions = new[] { "users.read", "audit.read" } }, "\"1\""))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{id}", new { permissions = new[] { "audit.read" }, color = "#ED4245" }, "\"2\""))
            .ShouldBeAsync(HttpStatusCode.OK);

        var versions = await owner.GetJsonAsync($"/api/v1/roles/{id}/versions");
        Assert.Equal([3, 2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToArray());
        var latest = versions[0].GetProperty("diff");
        Assert.Equal(["users.read"], latest.GetProperty("permissions").GetProperty("removed").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal("#ED4245", latest.GetProperty("fields").GetProperty("color")[1].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, versions[2].GetProperty("diff").ValueKind);

        var rolled = await (await owner.PostAsJsonAsync($"/api/v1/roles/{id}/rollback", new { version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(4, rolled.GetProperty("version").GetInt32());
        Assert.Equal(["users.read"], rolled.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToArray());
        Assert.Equal("#5865F2", rolled.GetProperty("color").GetString());

        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=role&target_id={id}");
        Assert.Equal(["role.rolled_back", "role.updated", "role.updated", "role.created"],
            audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task Rollback_to_a_missing_version_is_a_404_and_a_stale_edit_a_412()
    {
        using var owner = await app.OwnerAsync();
        var id = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("r"), priority = 5 })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await owner.PostAsJsonAsync($"/api/v1/roles/{id}/rollback", new { version = 9 })).ShouldBeAsync(HttpStatusCode.NotFound);
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{id}", new { priority = 6 }, "\"7\"")).ShouldBeAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Unknown_permissions_are_named_in_the_400()
    {
        using var owner = await app.OwnerAsync();
        var problem = await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("bad"), permissions = new[] { "users.read", "users.fly" } }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("users.fly", problem.GetProperty("errors").GetProperty("permissions")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inheritance_cycles_are_refused()
    {
        using var owner = await app.OwnerAsync();
        var a = Api.Unique("a");
        var b = Api.Unique("b");
        var aId = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = a, priority = 5 })).ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = b, priority = 4, inherits = new[] { a } })).ShouldBeAsync(HttpStatusCode.Created);
        var problem = await (await owner.PatchAsJsonAsync($"/api/v1/roles/{aId}", new { inherits = new[] { b } }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Equal("role-cycle", problem.ProblemType());
    }

    [Fact]
    public async Task System_roles_cannot_be_deleted_and_roles_in_use_need_a_reassignment()
    {
        using var owner = await app.OwnerAsync();
        var roles = await owner.GetJsonAsync("/api/v1/roles");
        var member = roles.EnumerateArray().First(r => r.GetProperty("name").GetString() == "member").GetProperty("id").GetGuid();
        Assert.Equal("system-role", (await (await owner.DeleteAsync($"/api/v1/roles/{member}")).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());

        var name = Api.Unique("temp");
        var id = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority = 5 })).ShouldBeAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var user = (await owner.CreateUserAsync(Api.Unique("holder"), [name])).GetProperty("id").GetGuid();
        var inUse = await (await owner.DeleteAsync($"/api/v1/roles/{id}")).ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("role-in-use", inUse.ProblemType());

        await (await owner.DeleteAsync($"/api/v1/roles/{id}?reassign=staff")).ShouldBeAsync(HttpStatusCode.NoContent);
        var moved = await owner.GetJsonAsync($"/api/v1/users/{user}");
        Assert.Equal(["staff"], moved.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray());
    }

    [Fact]
    public async Task Moving_one_role_changes_only_its_priority_and_writes_one_audit_entry()
    {
        using var owner = await app.OwnerAsync();
        var (a, b, c, d) = (Api.Unique("ord-a"), Api.Unique("ord-b"), Api.Unique("ord-c"), Api.Unique("ord-d"));
        foreach (var (name, priority) in new[] { (a, 700), (b, 650), (c, 630), (d, 610) })
            await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority })).ShouldBeAsync(HttpStatusCode.Created);

        var after = await (await owner.PutAsJsonAsync("/api/v1/roles/order", new { role_ids = new[] { a, d, b, c } })).ShouldBeAsync(HttpStatusCode.OK);

        JsonElement Role(string n) => after.EnumerateArray().First(r => r.GetProperty("name").GetString() == n);
        Assert.Equal([700, 660, 650, 630], new[] { a, d, b, c }.Select(n => Role(n).GetProperty("priority").GetInt32()).ToArray());
        Assert.Equal([1, 2, 1, 1], new[] { a, d, b, c }.Select(n => Role(n).GetProperty("version").GetInt32()).ToArray());
        var entries = await owner.GetJsonAsync("/api/v1/audit?action=role.reordered&limit=5");
        var entry = entries.GetProperty("items").EnumerateArray().First(e => e.GetProperty("target_id").GetString() == Role(d).GetProperty("id").GetString());
        var payload = entry.GetProperty("payload");
        Assert.Equal(d, payload.GetProperty("role").GetString());
        Assert.Equal(b, payload.GetProperty("above").GetString());
        Assert.Equal(a, payload.GetProperty("below").GetString());
        Assert.Equal(1, payload.GetProperty("changes").GetArrayLength());
        foreach (var other in new[] { a, b, c })
        {
            var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=role&target_id={Role(other).GetProperty("id").GetString()}");
            Assert.Equal(["role.created"], audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
        }

        // The same order again changes nothing: no version, no entry.
        await (await owner.PutAsJsonAsync("/api/v1/roles/order", new { role_ids = new[] { a, d, b, c } })).ShouldBeAsync(HttpStatusCode.OK);
        var again = await owner.GetJsonAsync($"/api/v1/audit?target_type=role&target_id={Role(d).GetProperty("id").GetString()}");
        Assert.Equal(["role.reordered", "role.created"], again.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
    }

    [Fact]
    public async Task Without_a_free_number_the_role_below_is_pushed_down_and_named_in_the_same_entry()
    {
        using var owner = await app.OwnerAsync();
        var (h, g, i) = (Api.Unique("ord-h"), Api.Unique("ord-g"), Api.Unique("ord-i"));
        foreach (var (name, priority) in new[] { (h, 802), (g, 801), (i, 800) })
            await (await owner.PostAsJsonAsync("/api/v1/roles", new { name, priority })).ShouldBeAsync(HttpStatusCode.Created);

        var after = await (await owner.PutAsJsonAsync("/api/v1/roles/order", new { role_ids = new[] { h, i, g } })).ShouldBeAsync(HttpStatusCode.OK);

        int Priority(string n) => after.EnumerateArray().First(r => r.GetProperty("name").GetString() == n).GetProperty("priority").GetInt32();
        Assert.Equal([802, 801, 800], new[] { h, i, g }.Select(Priority).ToArray());
        var entries = await owner.GetJsonAsync("/api/v1/audit?action=role.reordered&limit=5");
        var changes = entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("payload"))
            .First(p => p.GetProperty("role").GetString() == i).GetProperty("changes");
        Assert.Equal([(g, true), (i, false)], changes.EnumerateArray()
            .Select(x => (x.GetProperty("name").GetString()!, x.GetProperty("pushed").GetBoolean())).OrderBy(x => x.Item1 == i).ToArray());
    }

    [Fact]
    public async Task Rollback_restores_content_and_leaves_the_role_where_it_is()
    {
        using var owner = await app.OwnerAsync();
        var (e, f) = (Api.Unique("ord-e"), Api.Unique("ord-f"));
        var id = (await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = e, priority = 720, color = "#5865F2" })).ShouldBeAsync(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = f, priority = 740 })).ShouldBeAsync(HttpStatusCode.Created);
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{id}", new { color = "#ED4245" }, "\"1\"")).ShouldBeAsync(HttpStatusCode.OK);
        var moved = await (await owner.PutAsJsonAsync("/api/v1/roles/order", new { role_ids = new[] { e, f } })).ShouldBeAsync(HttpStatusCode.OK);
        var movedTo = moved.EnumerateArray().First(r => r.GetProperty("name").GetString() == e).GetProperty("priority").GetInt32();
        Assert.True(movedTo > 740);

        // Version 2 differs from now only by its place in the order: returning to it changes nothing.
        var same = await (await owner.PostAsJsonAsync($"/api/v1/roles/{id}/rollback", new { version = 2 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(3, same.GetProperty("version").GetInt32());
        Assert.Equal(movedTo, same.GetProperty("priority").GetInt32());

        var rolled = await (await owner.PostAsJsonAsync($"/api/v1/roles/{id}/rollback", new { version = 1 })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("#5865F2", rolled.GetProperty("color").GetString());
        Assert.Equal(movedTo, rolled.GetProperty("priority").GetInt32());
        Assert.Equal(4, rolled.GetProperty("version").GetInt32());
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_type=role&target_id={id}");
        Assert.Equal(["role.rolled_back", "role.reordered", "role.updated", "role.created"],
            audit.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("action").GetString()!).ToArray());
    }
}

public sealed class RoleVersioningTests_Sqlite(SqliteApp app) : RoleVersioningTests<SqliteApp>(app);

public sealed class RoleVersioningTests_Postgres(PostgresApp app) : RoleVersioningTests<PostgresApp>(app);
