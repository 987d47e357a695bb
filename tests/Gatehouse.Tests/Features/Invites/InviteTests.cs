using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;
using Gatehouse.Tests.Infrastructure.Web;

namespace Gatehouse.Tests.Features.Invites;

/// <summary>Invites on real Kestrel with a fake clock: codes, limits under concurrency, expiry, roles, revocation.</summary>
public abstract class InviteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ILiveApp
{
    [Fact]
    public async Task A_new_person_gets_an_account_with_the_invites_roles_and_the_profile_says_joined_via()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { roles = new[] { "staff" }, note = "for the forum" });
        Assert.Matches("^[A-Za-z0-9]{16}$", code);
        using var anonymous = app.CreateClient();
        var landing = await anonymous.GetJsonAsync($"/api/v1/invites/{code}/landing");
        Assert.Equal("active", landing.GetProperty("state").GetString());
        Assert.Equal("staff", landing.GetProperty("roles")[0].GetString());
        Assert.False(landing.TryGetProperty("note", out _));

        var name = Api.Unique("newcomer");
        var accepted = await (await anonymous.AcceptAsync(code, InviteKit.Person(name))).ShouldBeAsync(HttpStatusCode.Created);
        Assert.Equal("created", accepted.GetProperty("outcome").GetString());
        var id = accepted.GetProperty("user_id").GetGuid();

        using var member = await app.SignedInAsync($"{name}@example.test", Api.MemberPassword);
        var profile = await owner.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(["member", "staff"], profile.RoleNames());
        Assert.Equal(code, profile.GetProperty("joined_via_invite").GetString());

        var row = await owner.InviteRowAsync(code);
        Assert.Equal(1, row.GetProperty("uses").GetInt32());
        Assert.Equal("for the forum", row.GetProperty("note").GetString());
        var uses = await owner.GetJsonAsync($"/api/v1/invites/{code}/uses");
        Assert.Equal(name, uses[0].GetProperty("username").GetString());
        Assert.Equal("created", uses[0].GetProperty("kind").GetString());
        var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={row.GetProperty("id").GetGuid()}");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "invite.accepted");
    }

    [Fact]
    public async Task Max_uses_hold_when_many_people_accept_at_once()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { max_uses = 3 });
        var prefix = Api.Unique("rush");
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(async n =>
        {
            using var anonymous = app.CreateClient();
            return await anonymous.AcceptAsync(code, InviteKit.Person($"{prefix}n{n}"));
        }));
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            Assert.Equal("invite-used-up", (await refused.ShouldBeAsync(HttpStatusCode.Gone)).ProblemType());
        Assert.Equal(3, (await owner.InviteRowAsync(code)).GetProperty("uses").GetInt32());
        Assert.Equal("used_up", (await owner.InviteRowAsync(code)).GetProperty("state").GetString());
        var members = await owner.GetJsonAsync($"/api/v1/users?q={prefix}&limit=100");
        Assert.Equal(3, members.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_expired_invite_is_refused_and_its_state_says_so()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { expires_at = app.Clock.GetUtcNow().AddHours(1).UtcDateTime });
        app.Clock.Advance(TimeSpan.FromHours(2));
        using var anonymous = app.CreateClient();
        var refused = await (await anonymous.AcceptAsync(code, InviteKit.Person(Api.Unique("late")))).ShouldBeAsync(HttpStatusCode.Gone);
        Assert.Equal("invite-expired", refused.ProblemType());
        Assert.Equal("expired", (await anonymous.GetJsonAsync($"/api/v1/invites/{code}/landing")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_revoked_invite_is_refused_and_revoking_twice_changes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { });
        await (await owner.DeleteAsync($"/api/v1/invites/{code}")).ShouldBeAsync(HttpStatusCode.NoContent);
        var id = (await owner.InviteRowAsync(code)).GetProperty("id").GetGuid();
        var entries = (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items").GetArrayLength();
        await (await owner.DeleteAsync($"/api/v1/invites/{code}")).ShouldBeAsync(HttpStatusCode.NoContent);
        Assert.Equal(entries, (await owner.GetJsonAsync($"/api/v1/audit?target_id={id}")).GetProperty("items").GetArrayLength());
        using var anonymous = app.CreateClient();
        var refused = await (await anonymous.AcceptAsync(code, InviteKit.Person(Api.Unique("shut")))).ShouldBeAsync(HttpStatusCode.Gone);
        Assert.Equal("invite-revoked", refused.ProblemType());
        Assert.Equal("revoked", (await owner.InviteRowAsync(code)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Only_roles_the_creator_may_assign_can_be_put_on_an_invite()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("inviter");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 20, permissions = new[] { "invites.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (inviter, _, _) = await app.MemberAsync(role);
        var refused = await (await inviter.PostAsJsonAsync("/api/v1/invites", new { roles = new[] { "moderator" } })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", refused.ProblemType());
        var code = await inviter.CreateInviteAsync(new { roles = new[] { "member" } });
        Assert.Equal("member", (await inviter.InviteRowAsync(code)).GetProperty("roles")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_signed_in_member_joins_once_and_receives_the_roles()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { roles = new[] { "staff" }, max_uses = 5 });
        var (member, id, _) = await app.MemberAsync();
        var joined = await (await member.AcceptAsync(code)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("joined", joined.GetProperty("outcome").GetString());
        await (await member.AcceptAsync(code)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(1, (await owner.InviteRowAsync(code)).GetProperty("uses").GetInt32());
        Assert.Equal(["member", "staff"], (await owner.GetJsonAsync($"/api/v1/users/{id}")).RoleNames());
    }

    [Fact]
    public async Task Accepting_with_no_body_at_all_joins_a_signed_in_member_and_tells_a_newcomer_what_is_missing()
    {
        using var owner = await app.OwnerAsync();
        var code = await owner.CreateInviteAsync(new { roles = new[] { "staff" }, max_uses = 5 });
        var (member, id, _) = await app.MemberAsync();
        // No body and no Content-Type (curl -X POST): this once went to the admin app's page fallback, a bare 404.
        var joined = await (await member.PostAsync($"/api/v1/invites/{code}/accept", null)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal("joined", joined.GetProperty("outcome").GetString());
        Assert.Equal(["member", "staff"], (await owner.GetJsonAsync($"/api/v1/users/{id}")).RoleNames());

        using var anonymous = app.CreateClient();
        var response = await anonymous.PostAsync($"/api/v1/invites/{code}/accept", null);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var missing = await response.ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("username", out _));
        Assert.Equal(1, (await owner.InviteRowAsync(code)).GetProperty("uses").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_a_4xx_that_names_the_field_and_writes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var bad = await (await owner.PostAsJsonAsync("/api/v1/invites", new { max_uses = 0, roles = new[] { "no-such-role" } })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("max_uses", out _));
        Assert.True(bad.GetProperty("errors").TryGetProperty("roles", out _));
        var past = await (await owner.PostAsJsonAsync("/api/v1/invites", new { expires_at = app.Clock.GetUtcNow().AddMinutes(-1).UtcDateTime })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(past.GetProperty("errors").TryGetProperty("expires_at", out _));

        var code = await owner.CreateInviteAsync(new { max_uses = 1 });
        using var anonymous = app.CreateClient();
        var empty = await (await anonymous.AcceptAsync(code)).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(empty.GetProperty("errors").TryGetProperty("username", out _));
        var weak = await (await anonymous.AcceptAsync(code, new { username = Api.Unique("weak"), email = "weak@example.test", password = "short" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(weak.GetProperty("errors").TryGetProperty("password", out _));
        var taken = await (await anonymous.AcceptAsync(code, new { username = "owner", email = "someone-new@example.test", password = Api.MemberPassword }))
            .ShouldBeAsync(HttpStatusCode.Conflict);
        Assert.Equal("username", taken.GetProperty("field").GetString());
        // None of the refusals used the invite's only use.
        Assert.Equal(0, (await owner.InviteRowAsync(code)).GetProperty("uses").GetInt32());
        Assert.Equal("not-found", (await (await anonymous.AcceptAsync("NoSuchCode000000", InviteKit.Person(Api.Unique("x"))))
            .ShouldBeAsync(HttpStatusCode.NotFound)).ProblemType());
        await (await anonymous.GetAsync("/api/v1/invites/bad!code/landing")).ShouldBeAsync(HttpStatusCode.NotFound);
    }
}

/// <summary>
/// Accepting is open to anyone, so it gets its own high ceiling here; the limit has its own test class.
/// The admin app is served too (a stand-in), as in production, where its page fallback once caught bodiless accepts.
/// </summary>
internal static class InviteAppSettings
{
    public static Dictionary<string, string?> Make() => new([StandInWebRoot.Setting(StandInWebRoot.Create())])
    {
        ["Gatehouse:Invites:AcceptsPerIpPerMinute"] = "10000",
    };
}

public sealed class InviteSqliteApp : LiveSqliteApp
{
    public InviteSqliteApp() => InstanceSettings = InviteAppSettings.Make();
}

public sealed class InvitePostgresApp : LivePostgresApp
{
    public InvitePostgresApp() => InstanceSettings = InviteAppSettings.Make();
}

public sealed class InviteTests_Sqlite(InviteSqliteApp app) : InviteTests<InviteSqliteApp>(app);

public sealed class InviteTests_Postgres(InvitePostgresApp app) : InviteTests<InvitePostgresApp>(app);
