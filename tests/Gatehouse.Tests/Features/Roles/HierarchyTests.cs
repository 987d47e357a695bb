using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Roles;

public abstract class HierarchyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private static async Task<Guid> RoleIdAsync(HttpClient client, string name) =>
        (await client.GetJsonAsync("/api/v1/roles")).EnumerateArray().First(r => r.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    /// <summary>A custom role that may manage users and roles, at the given priority.</summary>
    private async Task<string> ManagerRoleAsync(HttpClient owner, int priority)
    {
        var name = Api.Unique("mgr");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new
        {
            name,
            priority,
            permissions = new[] { "users.*", "roles.*", "audit.read", "presence.read", "analytics.read" },
        })).ShouldBeAsync(HttpStatusCode.Created);
        return name;
    }

    [Fact]
    public async Task A_manager_cannot_act_on_a_member_ranked_at_or_above_them()
    {
        using var owner = await app.OwnerAsync();
        var role = await ManagerRoleAsync(owner, 40);
        var (manager, _, _) = await app.MemberAsync(role);
        var peer = (await owner.CreateUserAsync(Api.Unique("peer"), [role])).GetProperty("id").GetGuid();
        var moderator = (await owner.CreateUserAsync(Api.Unique("mod"), ["moderator"])).GetProperty("id").GetGuid();
        var member = (await owner.CreateUserAsync(Api.Unique("mem"))).GetProperty("id").GetGuid();

        foreach (var target in new[] { peer, moderator })
        {
            var refused = await (await manager.PatchAsJsonAsync($"/api/v1/users/{target}", new { display_name = "x" }, null))
                .ShouldBeAsync(HttpStatusCode.Forbidden);
            Assert.Equal("hierarchy", refused.ProblemType());
        }
        await (await manager.PatchAsJsonAsync($"/api/v1/users/{member}", new { display_name = "Renamed" }, null)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_refused_action_is_audited_as_denied()
    {
        using var owner = await app.OwnerAsync();
        var role = await ManagerRoleAsync(owner, 40);
        var (manager, _, _) = await app.MemberAsync(role);
        var moderator = (await owner.CreateUserAsync(Api.Unique("mod"), ["moderator"])).GetProperty("id").GetGuid();
        await manager.DeleteAsync($"/api/v1/users/{moderator}");
        var audit = await owner.GetJsonAsync($"/api/v1/audit?result=denied&target_id={moderator}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "refused.DeleteUser");
    }

    [Fact]
    public async Task A_manager_can_assign_only_roles_below_their_own()
    {
        using var owner = await app.OwnerAsync();
        var role = await ManagerRoleAsync(owner, 40);
        var (manager, _, _) = await app.MemberAsync(role);
        var target = (await owner.CreateUserAsync(Api.Unique("t"))).GetProperty("id").GetGuid();

        await (await manager.PostAsJsonAsync($"/api/v1/users/{target}/roles", new { add = new[] { "staff" } })).ShouldBeAsync(HttpStatusCode.OK);
        var tooHigh = await (await manager.PostAsJsonAsync($"/api/v1/users/{target}/roles", new { add = new[] { "moderator" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("moderator", tooHigh.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await manager.PostAsJsonAsync($"/api/v1/users/{target}/roles", new { add = new[] { role } })).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Nobody_grants_a_permission_they_do_not_hold()
    {
        using var owner = await app.OwnerAsync();
        var role = await ManagerRoleAsync(owner, 40);
        var (manager, _, _) = await app.MemberAsync(role);
        var refused = await (await manager.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("sneaky"), priority = 5, permissions = new[] { "webhooks.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("webhooks.manage", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Inheriting a role is granting its permissions too.
        await (await manager.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("heir"), priority = 5, inherits = new[] { "admin" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("ok"), priority = 5, permissions = new[] { "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        await (await manager.PostAsJsonAsync("/api/v1/roles", new { name = Api.Unique("high"), priority = 40, permissions = new[] { "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_owner_cannot_be_demoted_disabled_or_deleted_by_an_admin()
    {
        using var owner = await app.OwnerAsync();
        var (admin, _, _) = await app.MemberAsync("admin");
        var ownerId = (await owner.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid();
        foreach (var response in new[]
                 {
                     await admin.PostAsJsonAsync($"/api/v1/users/{ownerId}/roles", new { remove = new[] { "admin" } }),
                     await admin.PostAsJsonAsync($"/api/v1/users/{ownerId}/disable", new { }),
                     await admin.DeleteAsync($"/api/v1/users/{ownerId}"),
                 })
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await (await owner.DeleteAsync($"/api/v1/users/{ownerId}")).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_last_administrator_cannot_lose_it()
    {
        using var owner = await app.OwnerAsync();
        var first = (await owner.CreateUserAsync(Api.Unique("adm"), ["admin"])).GetProperty("id").GetGuid();
        await owner.CreateUserAsync(Api.Unique("adm"), ["admin"]);
        // Take administrator from everyone but the first (tests of this class share a database).
        var others = (await owner.GetJsonAsync("/api/v1/users?role=admin&limit=200")).GetProperty("items").EnumerateArray()
            .Where(u => !u.GetProperty("is_owner").GetBoolean()).Select(u => u.GetProperty("id").GetGuid()).Where(id => id != first).ToList();
        Assert.NotEmpty(others);
        foreach (var other in others)
            await (await owner.PostAsJsonAsync($"/api/v1/users/{other}/roles", new { remove = new[] { "admin" } })).ShouldBeAsync(HttpStatusCode.OK);

        var refused = await (await owner.PostAsJsonAsync($"/api/v1/users/{first}/roles", new { remove = new[] { "admin" } })).ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("last-administrator", refused.ProblemType());
        await (await owner.PostAsJsonAsync($"/api/v1/users/{first}/disable", new { })).ShouldBeAsync(HttpStatusCode.Conflict);
        var adminRole = await RoleIdAsync(owner, "admin");
        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{adminRole}", new { permissions = new[] { "users.read" } }, null)).ShouldBeAsync(HttpStatusCode.Conflict);

        // Still an administrator: nothing of the refused changes was written.
        var access = await owner.GetJsonAsync($"/api/v1/users/{first}/permissions");
        Assert.Contains("administrator", access.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_permission_change_applies_to_the_very_next_request()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("readers");
        var created = await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 15 })).ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden);

        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{created.GetProperty("id").GetGuid()}", new { permissions = new[] { "audit.read" } }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        await (await owner.PatchAsJsonAsync($"/api/v1/roles/{created.GetProperty("id").GetGuid()}", new { permissions = Array.Empty<string>() }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>The actor's access is cached per member (ActorAccessCache): each of these changes must still show at once.</summary>
    [Fact]
    public async Task Losing_a_role_a_ban_or_the_session_applies_to_the_very_next_request()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("auditors");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 15, permissions = new[] { "audit.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, id, _) = await app.MemberAsync(role);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { remove = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/roles", new { add = new[] { role } })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        Assert.True((await owner.DeleteAsync($"/api/v1/users/{id}/sessions")).IsSuccessStatusCode);
        await (await member.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Unauthorized);

        var (banned, bannedId, _) = await app.MemberAsync(role);
        await (await banned.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{bannedId}/ban", new { reason = "spam links" })).ShouldBeAsync(HttpStatusCode.Created);
        await (await banned.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>
    /// The cache shares the rule's answer between members with the same roles and overrides: one member's
    /// override must stay theirs, and the other keeps their own identity and the role's answer.
    /// </summary>
    [Fact]
    public async Task Members_with_the_same_role_keep_their_own_overrides_and_identity()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("readers");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 14, permissions = new[] { "audit.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (first, firstId, _) = await app.MemberAsync(role);
        var (second, secondId, _) = await app.MemberAsync(role);
        await (await first.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);
        await (await second.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);

        await (await owner.PatchAsJsonAsync($"/api/v1/users/{firstId}", new { deny_overrides = new[] { "audit.read" } }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await first.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.Forbidden);
        await (await second.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(secondId, (await second.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal(firstId, (await first.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid());

        // Back to the same inputs as the other member: the shared answer again.
        await (await owner.PatchAsJsonAsync($"/api/v1/users/{firstId}", new { deny_overrides = Array.Empty<string>() }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        await (await first.GetAsync("/api/v1/audit")).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(firstId, (await first.GetJsonAsync("/api/v1/auth/me")).GetProperty("user").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_explainer_says_which_role_decided_and_why()
    {
        using var owner = await app.OwnerAsync();
        var denier = Api.Unique("muzzle");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = denier, priority = 60, denied_permissions = new[] { "audit.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var id = (await owner.CreateUserAsync(Api.Unique("exp"), ["moderator", denier])).GetProperty("id").GetGuid();
        var explained = await owner.GetJsonAsync($"/api/v1/users/{id}/permissions?explain=true");
        JsonElement Decision(string p) => explained.GetProperty("explain").EnumerateArray().First(d => d.GetProperty("permission").GetString() == p);

        var audit = Decision("audit.read");
        Assert.False(audit.GetProperty("granted").GetBoolean());
        Assert.Equal("role_deny", audit.GetProperty("rule").GetString());
        Assert.Equal(denier, audit.GetProperty("role").GetProperty("name").GetString());

        var ban = Decision("moderation.ban");
        Assert.True(ban.GetProperty("granted").GetBoolean());
        Assert.Equal("moderator", ban.GetProperty("role").GetProperty("name").GetString());
        Assert.Equal("moderation.*", ban.GetProperty("matched_grant").GetString());

        Assert.Equal("none", Decision("webhooks.manage").GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task The_permission_catalogue_lists_and_describes_every_permission(string language)
    {
        using var owner = await app.OwnerAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/permissions");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var catalogue = await (await owner.SendAsync(request)).ShouldBeAsync(HttpStatusCode.OK);
        var names = catalogue.EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Equal(Gatehouse.Server.Features.Roles.Contracts.Permissions.All, names);
        Assert.All(catalogue.EnumerateArray(), p => Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task Per_user_overrides_decide_before_roles()
    {
        using var owner = await app.OwnerAsync();
        var id = (await owner.CreateUserAsync(Api.Unique("ovr"), ["moderator"])).GetProperty("id").GetGuid();
        var saved = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { deny_overrides = new[] { "moderation.ban" }, allow_overrides = new[] { "webhooks.manage" } }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        // The member carries the overrides as written, so an editor can show and change them.
        Assert.Equal(["webhooks.manage"], Strings(saved, "allow_overrides"));
        Assert.Equal(["moderation.ban"], Strings(saved, "deny_overrides"));
        var read = await owner.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(["moderation.ban"], Strings(read, "deny_overrides"));
        var granted = (await owner.GetJsonAsync($"/api/v1/users/{id}/permissions")).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.DoesNotContain("moderation.ban", granted);
        Assert.Contains("moderation.kick", granted);
        Assert.Contains("webhooks.manage", granted);

        var bad = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { allow_overrides = new[] { "users.teleport" } }, null)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("users.teleport", bad.GetProperty("errors").GetProperty("allow_overrides")[0].GetString(), StringComparison.Ordinal);

        // Clearing the overrides hands the decision back to the roles.
        var cleared = await (await owner.PatchAsJsonAsync($"/api/v1/users/{id}", new { deny_overrides = Array.Empty<string>(), allow_overrides = Array.Empty<string>() }, null))
            .ShouldBeAsync(HttpStatusCode.OK);
        Assert.Empty(Strings(cleared, "deny_overrides"));
        var after = (await owner.GetJsonAsync($"/api/v1/users/{id}/permissions")).GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("moderation.ban", after);
        Assert.DoesNotContain("webhooks.manage", after);
    }

    private static List<string> Strings(JsonElement e, string property) =>
        [.. e.GetProperty(property).EnumerateArray().Select(x => x.GetString()!)];
}

public sealed class HierarchyTests_Sqlite(SqliteApp app) : HierarchyTests<SqliteApp>(app);

public sealed class HierarchyTests_Postgres(PostgresApp app) : HierarchyTests<PostgresApp>(app);
