using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Tests.Features.ApiKeys;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.SiteIntegration;

/// <summary><c>POST /site-tokens</c>: a site's back end vouches for its user with an API key holding <c>site.tokens</c>.</summary>
public abstract class MintedTokenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ISiteApp
{
    [Fact]
    public async Task A_minted_token_creates_the_member_just_in_time_and_opens_the_gateway_only()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var external = Api.Unique("ext");
        var username = Api.Unique("shopper");
        var (token, userId, body) = await site.MintOkAsync(new { external_id = external, username, display_name = "Ada Shopper" });
        Assert.True(body.GetProperty("created").GetBoolean());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 60, 3600);

        // The member is shown with the site's id and can be found by it.
        var found = await owner.GetJsonAsync($"/api/v1/users?external_id={external}");
        var member = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(userId, member.GetProperty("id").GetGuid());
        Assert.Equal(external, member.GetProperty("external_id").GetString());
        Assert.Equal("site", member.GetProperty("external_source").GetString());
        var created = await owner.GetJsonAsync($"/api/v1/audit?target_id={userId}&action=user.created");
        var entry = Assert.Single(created.GetProperty("items").EnumerateArray());
        Assert.Equal(key.Id, entry.GetProperty("actor_api_key_id").GetGuid());

        await using (var gateway = await GatewayClient.ConnectAsync(app, token))
            Assert.Equal(userId, gateway.Ready.GetProperty("user_id").GetGuid());

        // Never the admin API, even for what any signed-in member may read.
        using var asMember = app.CreateClient();
        asMember.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asMember.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asMember.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asMember.GetAsync("/hubs/live/negotiate")).StatusCode);
    }

    [Fact]
    public async Task Profile_changes_are_synced_and_audited_and_an_unchanged_profile_writes_nothing()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var external = Api.Unique("ext");
        var username = Api.Unique("reader");
        var (_, userId, _) = await site.MintOkAsync(new { external_id = external, username });
        var again = (await site.MintOkAsync(new { external_id = external, username })).Body;
        Assert.False(again.GetProperty("created").GetBoolean());
        var unchanged = await owner.GetJsonAsync($"/api/v1/users/{userId}");
        Assert.Equal(1, unchanged.GetProperty("version").GetInt32());

        await site.MintOkAsync(new { external_id = external, username, display_name = "Renamed on the site" });
        var after = await owner.GetJsonAsync($"/api/v1/users/{userId}");
        Assert.Equal("Renamed on the site", after.GetProperty("display_name").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        var updates = await owner.GetJsonAsync($"/api/v1/audit?target_id={userId}&action=user.updated");
        Assert.Single(updates.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_key_without_the_scope_cannot_mint_and_the_scope_is_capped_by_the_creator()
    {
        using var owner = await app.OwnerAsync();
        var reader = await owner.CreateKeyAsync(["users.read", "users.create"]);
        using var withoutScope = app.WithKey(reader.Secret);
        var refused = await (await withoutScope.MintAsync(new { external_id = "1", username = Api.Unique("x") })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("site.tokens", refused.GetProperty("permission").GetString());

        var role = Api.Unique("integrator");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 20, permissions = new[] { "apikeys.manage" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        var capped = await (await member.PostAsJsonAsync("/api/v1/api-keys", new { name = "site", scopes = new[] { "site.tokens" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Contains("site.tokens", capped.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_a_key_may_not_assign_are_refused_and_nothing_is_created()
    {
        using var owner = await app.OwnerAsync();
        var role = Api.Unique("siteops");
        await (await owner.PostAsJsonAsync("/api/v1/roles", new { name = role, priority = 40, permissions = new[] { "apikeys.manage", "site.tokens" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var (member, _, _) = await app.MemberAsync(role);
        var key = await member.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var external = Api.Unique("ext");
        var refused = await (await site.MintAsync(new { external_id = external, username = Api.Unique("u"), roles = new[] { "moderator" } }))
            .ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("hierarchy", refused.ProblemType());
        var none = await owner.GetJsonAsync($"/api/v1/users?external_id={external}");
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        var (_, _, ok) = await site.MintOkAsync(new { external_id = external, username = Api.Unique("u"), roles = new[] { "member" } });
        Assert.True(ok.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task Banned_and_disabled_members_are_refused_with_the_sign_in_message_on_both_steps()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var banned = Api.Unique("ext");
        var (token, bannedId, _) = await site.MintOkAsync(new { external_id = banned, username = Api.Unique("b") });
        await (await owner.PostAsJsonAsync($"/api/v1/users/{bannedId}/ban", new { reason = "spam links" })).ShouldBeAsync(HttpStatusCode.Created);

        var refused = await (await site.MintAsync(new { external_id = banned })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("account-banned", refused.ProblemType());
        Assert.Contains("spam links", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // A token minted before the ban no longer opens the gateway, and says why.
        var (status, problem) = await SiteTokenKit.NegotiateAsync(app, token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal(refused.GetProperty("detail").GetString(), problem.GetProperty("detail").GetString());

        var disabled = Api.Unique("ext");
        var (_, disabledId, _) = await site.MintOkAsync(new { external_id = disabled, username = Api.Unique("d") });
        await (await owner.PostAsJsonAsync($"/api/v1/users/{disabledId}/disable", new { reason = "left the club" })).ShouldBeAsync(HttpStatusCode.OK);
        var off = await (await site.MintAsync(new { external_id = disabled })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("account-disabled", off.ProblemType());
        Assert.Contains("left the club", off.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var denied = await owner.GetJsonAsync($"/api/v1/audit?target_id={disabledId}&action=site.token_refused");
        Assert.Single(denied.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_source_that_signs_its_own_tokens_cannot_be_minted_for()
    {
        using var owner = await app.OwnerAsync();
        var key = await owner.CreateKeyAsync(["site.tokens"]);
        using var site = app.WithKey(key.Secret);
        var refused = await (await site.MintAsync(new { external_id = "7", username = Api.Unique("s"), source = "shop" })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(refused.GetProperty("errors").TryGetProperty("source", out _));
    }
}

public sealed class MintedTokenTests_Sqlite(SiteSqliteApp app) : MintedTokenTests<SiteSqliteApp>(app);

public sealed class MintedTokenTests_Postgres(SitePostgresApp app) : MintedTokenTests<SitePostgresApp>(app);
