using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gatehouse.Tests.Features.Presence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Gatehouse.Tests.Features.SiteIntegration;

/// <summary>Connection JWTs the site signs itself: HS256 secret, RS256 public key, ES256 keys from a rotating JWKS.</summary>
public abstract class SiteSignedTokenTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ISiteApp
{
    private SigningCredentials Shop => SiteTokenKit.Hs256(app.Keys.ShopSecret);

    [Fact]
    public async Task An_hs256_token_creates_the_member_and_syncs_the_profile_claims()
    {
        var sub = Api.Unique("shop-user");
        var username = Api.Unique("buyer");
        await using (var first = await GatewayClient.ConnectAsync(app, SiteTokenKit.Sign(app, "https://shop.test", Shop, sub, username, displayName: "Bea")))
        {
            using var owner = await app.OwnerAsync();
            var member = Assert.Single((await owner.GetJsonAsync($"/api/v1/users?external_id={sub}")).GetProperty("items").EnumerateArray());
            Assert.Equal("shop", member.GetProperty("external_source").GetString());
            Assert.Equal("Bea", member.GetProperty("display_name").GetString());
            Assert.Equal(member.GetProperty("id").GetGuid(), first.Ready.GetProperty("user_id").GetGuid());
        }
        await using (await GatewayClient.ConnectAsync(app, SiteTokenKit.Sign(app, "https://shop.test", Shop, sub, username, displayName: "Bea B.")))
        {
            using var owner = await app.OwnerAsync();
            var member = Assert.Single((await owner.GetJsonAsync($"/api/v1/users?external_id={sub}")).GetProperty("items").EnumerateArray());
            Assert.Equal("Bea B.", member.GetProperty("display_name").GetString());
            var id = member.GetProperty("id").GetGuid();
            var audit = await owner.GetJsonAsync($"/api/v1/audit?target_id={id}");
            var actions = audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
            Assert.Contains("user.created", actions);
            Assert.Contains("user.updated", actions);
        }
    }

    [Fact]
    public async Task An_rs256_token_signed_with_the_sites_private_key_connects()
    {
        var token = SiteTokenKit.Sign(app, "https://forum.test", SiteTokenKit.Rs256(app.Keys.ForumKey), Api.Unique("f"), Api.Unique("poster"));
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, token));
    }

    [Fact]
    public async Task Algorithm_confusion_and_unsigned_tokens_are_refused()
    {
        // HS256 "signed" with the forum's public key as the shared secret: the RS256 source refuses it.
        var publicPem = app.Keys.ForumKey.ExportSubjectPublicKeyInfoPem();
        var confused = SiteTokenKit.Sign(app, "https://forum.test",
            new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(publicPem)), SecurityAlgorithms.HmacSha256), Api.Unique("f"), Api.Unique("x"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app, confused)).Status);
        // RS256 where the shop pinned HS256.
        var wrongAlg = SiteTokenKit.Sign(app, "https://shop.test", SiteTokenKit.Rs256(app.Keys.ForumKey), Api.Unique("s"), Api.Unique("x"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app, wrongAlg)).Status);
        var now = app.Clock.GetUtcNow().ToUnixTimeSeconds();
        var unsigned = SiteTokenKit.Unsigned(new { iss = "https://shop.test", aud = SiteKeys.Audience, sub = Api.Unique("n"), preferred_username = Api.Unique("n"), iat = now, nbf = now, exp = now + 300 });
        var (status, problem) = await SiteTokenKit.NegotiateAsync(app, unsigned);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid-token", problem.ProblemType());
        // Another audience, or another site's secret.
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app,
            SiteTokenKit.Sign(app, "https://shop.test", Shop, Api.Unique("s"), Api.Unique("x"), audience: "someone-else"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app,
            SiteTokenKit.Sign(app, "https://shop.test", SiteTokenKit.Hs256(Convert.ToBase64String(new byte[48])), Api.Unique("s"), Api.Unique("x")))).Status);
    }

    [Fact]
    public async Task Expiry_not_before_and_clock_skew_are_checked_on_the_server_clock()
    {
        var now = app.Clock.GetUtcNow();
        var expired = SiteTokenKit.Sign(app, "https://shop.test", Shop, Api.Unique("e"), Api.Unique("e"), issuedAt: now.AddMinutes(-10), lifetime: TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app, expired)).Status);
        var early = SiteTokenKit.Sign(app, "https://shop.test", Shop, Api.Unique("n"), Api.Unique("n"), notBefore: now.AddMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app, early)).Status);
        // Within the 30 s skew a site clock slightly ahead is forgiven.
        var slightlyAhead = SiteTokenKit.Sign(app, "https://shop.test", Shop, Api.Unique("k"), Api.Unique("k"), issuedAt: now.AddSeconds(10), notBefore: now.AddSeconds(10));
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, slightlyAhead));
    }

    [Fact]
    public async Task Tokens_issued_before_the_revocation_time_are_refused()
    {
        var before = SiteTokenKit.Sign(app, "https://revoked.test", Shop, Api.Unique("r"), Api.Unique("r"));
        var (status, problem) = await SiteTokenKit.NegotiateAsync(app, before);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("token-revoked", problem.ProblemType());
        var after = SiteTokenKit.Sign(app, "https://revoked.test", Shop, Api.Unique("r"), Api.Unique("r"),
            issuedAt: app.RevokedBefore.AddMinutes(1), notBefore: app.Clock.GetUtcNow(), lifetime: TimeSpan.FromDays(3));
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, after));
    }

    [Fact]
    public async Task A_source_that_does_not_create_members_refuses_unknown_ones()
    {
        var token = SiteTokenKit.Sign(app, "https://closed.test", Shop, Api.Unique("c"), Api.Unique("c"));
        var (status, problem) = await SiteTokenKit.NegotiateAsync(app, token);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("site-member-unknown", problem.ProblemType());
    }

    [Fact]
    public async Task A_banned_site_member_is_refused_with_the_ban_sentence()
    {
        var sub = Api.Unique("bad");
        var username = Api.Unique("bad");
        Guid id;
        await using (var gateway = await GatewayClient.ConnectAsync(app, SiteTokenKit.Sign(app, "https://shop.test", Shop, sub, username)))
            id = gateway.Ready.GetProperty("user_id").GetGuid();
        using var owner = await app.OwnerAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/ban", new { reason = "cheating" })).ShouldBeAsync(HttpStatusCode.Created);
        var (status, problem) = await SiteTokenKit.NegotiateAsync(app, SiteTokenKit.Sign(app, "https://shop.test", Shop, sub, username));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("account-banned", problem.ProblemType());
        Assert.Contains("cheating", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwks_keys_are_cached_and_a_rotated_key_is_fetched_once_it_is_used()
    {
        var keys = app.Keys;
        var first = SiteTokenKit.Sign(app, "https://game.test", SiteTokenKit.Es256(keys.GameKey1, "k1"), Api.Unique("g"), Api.Unique("g"));
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, first));
        var fetches = keys.JwksFetches;
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, SiteTokenKit.Sign(app, "https://game.test", SiteTokenKit.Es256(keys.GameKey1, "k1"), Api.Unique("g"), Api.Unique("g"))));
        Assert.Equal(fetches, keys.JwksFetches); // served from the cache

        keys.Rotate();
        var rotated = SiteTokenKit.Sign(app, "https://game.test", SiteTokenKit.Es256(keys.GameKey2, "k2"), Api.Unique("g"), Api.Unique("g"));
        app.Clock.Advance(TimeSpan.FromSeconds(31)); // past the minimum time between refetches
        Assert.Null(await SiteTokenKit.RefusalOfAsync(app, rotated));
        Assert.Equal(fetches + 1, keys.JwksFetches);
        // The retired key is gone with the old key set.
        var retired = SiteTokenKit.Sign(app, "https://game.test", SiteTokenKit.Es256(keys.GameKey1, "k1"), Api.Unique("g"), Api.Unique("g"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SiteTokenKit.NegotiateAsync(app, retired)).Status);
    }
}

public sealed class SiteSignedTokenTests_Sqlite(SiteSqliteApp app) : SiteSignedTokenTests<SiteSqliteApp>(app);

public sealed class SiteSignedTokenTests_Postgres(SitePostgresApp app) : SiteSignedTokenTests<SitePostgresApp>(app);
