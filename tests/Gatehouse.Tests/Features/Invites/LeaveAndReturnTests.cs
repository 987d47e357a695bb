using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Invites;

/// <summary>
/// Members leave and come back (by signing in within the return window, or through an invite), and
/// administrators restore deleted members. By default whoever returns starts with the default role.
/// </summary>
public abstract class LeaveAndReturnTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    protected virtual bool RolesComeBack => false;

    [Fact]
    public async Task Leaving_ends_sessions_and_hides_the_member_until_they_sign_in_again()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync("staff");
        var username = (await owner.GetJsonAsync($"/api/v1/users/{id}")).GetProperty("username").GetString()!;
        await (await member.PostAsync("/api/v1/me/leave", null)).ShouldBeAsync(HttpStatusCode.NoContent);

        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await owner.GetAsync($"/api/v1/users/{id}")).ShouldBeAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await owner.GetJsonAsync($"/api/v1/users?q={username}")).GetProperty("items").GetArrayLength());
        var gone = await owner.GetJsonAsync($"/api/v1/users/{id}?include_deleted=true");
        Assert.True(gone.GetProperty("left_at").ValueKind == System.Text.Json.JsonValueKind.String);

        using var back = await app.SignedInAsync(email, Api.MemberPassword);
        var profile = await owner.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(RolesComeBack ? ["staff"] : ["member"], profile.RoleNames());
        var returned = await AuditOfAsync(owner, id, "user.returned");
        Assert.Equal(RolesComeBack, returned.GetProperty("payload").GetProperty("roles_restored").GetBoolean());
        Assert.Equal("sign_in", returned.GetProperty("payload").GetProperty("via").GetString());
        await AuditOfAsync(owner, id, "user.left");
    }

    [Fact]
    public async Task After_the_return_window_the_account_cannot_sign_in()
    {
        var (member, _, email) = await app.MemberAsync();
        await (await member.PostAsync("/api/v1/me/leave", null)).ShouldBeAsync(HttpStatusCode.NoContent);
        app.Clock.Advance(TimeSpan.FromDays(31));
        using var anonymous = app.CreateClient();
        var refused = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword }))
            .ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid-credentials", refused.ProblemType());
    }

    [Fact]
    public async Task A_member_who_left_comes_back_through_an_invite_and_gets_its_roles()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { roles = new[] { "guest" } });
        var (member, id, email) = await app.MemberAsync("staff");
        await (await member.PostAsync("/api/v1/me/leave", null)).ShouldBeAsync(HttpStatusCode.NoContent);
        using var anonymous = app.CreateClient();
        var wrong = await (await anonymous.AcceptAsync(code, new { email, password = "Wrong-Passw0rd!" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("username", out _));

        var back = await (await anonymous.AcceptAsync(code, new { email, password = Api.MemberPassword })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("returned", back.GetProperty("outcome").GetString());
        Assert.Equal(id, back.GetProperty("user_id").GetGuid());
        Assert.Equal(RolesComeBack, back.GetProperty("roles_restored").GetBoolean());
        var profile = await owner.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(RolesComeBack ? ["guest", "staff"] : ["guest", "member"], profile.RoleNames());
        Assert.Equal("invite", (await AuditOfAsync(owner, id, "user.returned")).GetProperty("payload").GetProperty("via").GetString());
    }

    [Fact]
    public async Task The_owner_cannot_leave()
    {
        using var owner = await app.OwnerAsync();
        Assert.Equal("owner-protected", (await (await owner.PostAsync("/api/v1/me/leave", null)).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
    }

    [Fact]
    public async Task An_administrator_restores_a_deleted_member_with_their_roles_within_the_hierarchy()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, email) = await app.MemberAsync("moderator");
        await (await member.PostAsync("/api/v1/me/leave", null)).ShouldBeAsync(HttpStatusCode.NoContent);

        var lowerRole = Api.Unique("restorer");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = lowerRole, priority = 20, permissions = new[] { "users.delete", "users.read" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (restorer, _, _) = await app.MemberAsync(lowerRole);
        Assert.Equal("hierarchy", (await (await restorer.PostAsync($"/api/v1/users/{id}/restore", null)).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());

        var restored = await (await owner.PostAsync($"/api/v1/users/{id}/restore", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(["moderator"], restored.RoleNames());
        Assert.Equal("not-deleted", (await (await owner.PostAsync($"/api/v1/users/{id}/restore", null)).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());
        await (await owner.PostAsync($"/api/v1/users/{Guid.NewGuid()}/restore", null)).ShouldBeAsync(HttpStatusCode.NotFound);
        await AuditOfAsync(owner, id, "user.restored");
        using var again = await app.SignedInAsync(email, Api.MemberPassword);
        await (await again.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
    }

    private static async Task<System.Text.Json.JsonElement> AuditOfAsync(HttpClient owner, Guid id, string action) =>
        (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}&limit=100")).GetProperty("items").EnumerateArray()
            .First(e => e.GetProperty("action").GetString() == action);
}

public sealed class LeaveAndReturnTests_Sqlite(InviteSqliteApp app) : LeaveAndReturnTests<InviteSqliteApp>(app);

public sealed class LeaveAndReturnTests_Postgres(InvitePostgresApp app) : LeaveAndReturnTests<InvitePostgresApp>(app);

public sealed class RestoreRolesSqliteApp : LiveSqliteApp
{
    public RestoreRolesSqliteApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Users:RestoreRolesOnReturn"] = "true" };
}

public sealed class RestoreRolesPostgresApp : LivePostgresApp
{
    public RestoreRolesPostgresApp() => InstanceSettings = new Dictionary<string, string?> { ["Gatehouse:Users:RestoreRolesOnReturn"] = "true" };
}

/// <summary>The same journeys where the community chose to give returning members their roles back.</summary>
public sealed class ReturnWithRolesTests_Sqlite(RestoreRolesSqliteApp app) : LeaveAndReturnTests<RestoreRolesSqliteApp>(app)
{
    protected override bool RolesComeBack => true;
}

public sealed class ReturnWithRolesTests_Postgres(RestoreRolesPostgresApp app) : LeaveAndReturnTests<RestoreRolesPostgresApp>(app)
{
    protected override bool RolesComeBack => true;
}
