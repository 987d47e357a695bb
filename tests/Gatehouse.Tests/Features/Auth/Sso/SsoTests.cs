using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Server.Features.Auth.Sso;
using Gatehouse.Server.Infrastructure.Persistence;
using Gatehouse.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Gatehouse.Tests.Features.Auth.Sso;

/// <summary>
/// Single sign-on against a real OpenID Connect provider on loopback: the browser goes through
/// the provider's authorization endpoint, Gatehouse redeems the code (with PKCE and the client
/// secret) and validates the signed ID token, then gives the same session a password sign-in gives.
/// </summary>
public abstract class SsoTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, ISsoApp
{
    private async Task<HttpClient> ConfigureAsync(bool autoCreate = false, object[]? mappings = null)
    {
        var owner = await app.OwnerAsync();
        await (await owner.PutAsJsonAsync("/api/v1/sso/providers/corp", new
        {
            display_name = "Corp ID",
            issuer = app.Provider.Issuer.ToString(),
            client_id = LocalOidcProvider.ClientId,
            client_secret = LocalOidcProvider.ClientSecret,
            scopes = new[] { "profile", "email", "groups" },
            auto_create = autoCreate,
            default_role = autoCreate ? "staff" : null,
            roles_claim = mappings is null ? null : "groups",
            role_mappings = mappings ?? [],
        })).ShouldBeAsync(HttpStatusCode.OK);
        return owner;
    }

    private static string[] RoleNames(JsonElement user) => [.. user.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("name").GetString()!)];

    [Fact]
    public async Task A_verified_email_links_the_account_and_gives_the_same_session_as_a_password_sign_in()
    {
        using var owner = await ConfigureAsync();
        var member = await owner.CreateUserAsync(Api.Unique("sso"));
        var email = member.GetProperty("email").GetString()!;
        var buttons = await app.CreateClient().GetJsonAsync("/api/v1/auth/sso/providers");
        Assert.Contains(buttons.EnumerateArray(), b => b.GetProperty("id").GetString() == "corp" && b.GetProperty("display_name").GetString() == "Corp ID");

        var subject = Guid.NewGuid().ToString();
        app.Provider.SignsIn = new ProviderAccount(subject, email.ToUpperInvariant(), true, "Linked Member");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await browser.SignInWithAsync("corp"));
        var me = await browser.MeAsync();
        Assert.Equal(member.GetProperty("id").GetGuid(), me.GetProperty("user").GetProperty("id").GetGuid());

        // The link is kept: the same subject signs in again even after the provider's e-mail changed.
        app.Provider.SignsIn = new ProviderAccount(subject, "renamed@elsewhere.test", false, "Linked Member");
        using var again = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await again.SignInWithAsync("corp"));
        Assert.Equal(member.GetProperty("id").GetGuid(), (await again.MeAsync()).GetProperty("user").GetProperty("id").GetGuid());

        var token = (await (await again.RefreshAsync()).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();
        using var signedIn = app.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var identities = await signedIn.GetJsonAsync("/api/v1/me/identities");
        var identity = Assert.Single(identities.EnumerateArray());
        Assert.Equal("corp", identity.GetProperty("provider").GetString());
        Assert.Equal(email.ToUpperInvariant(), identity.GetProperty("email").GetString());
        // The member is told their account can now be entered through the provider, and from where it was linked.
        var linked = (await app.Sink.MailToAsync(email, "your account was linked to your account at Corp ID")).TextBody!;
        Assert.Contains("127.0.0.1", linked, StringComparison.Ordinal);
        var audit = await owner.GetJsonAsync($"/api/v1/audit?action=auth.sso_linked&limit=50");
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("target_id").GetString() == member.GetProperty("id").GetString());

        // The member has a password, so unlinking leaves a way in; afterwards the provider no longer signs them in.
        await (await signedIn.DeleteAsync($"/api/v1/me/identities/{identity.GetProperty("id").GetGuid()}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await app.Sink.MailToAsync(email, "your account was unlinked from Corp ID");
        using var afterUnlink = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/login?sso=email-unverified", await afterUnlink.SignInWithAsync("corp"));
    }

    [Fact]
    public async Task An_unverified_email_is_refused_and_links_nothing()
    {
        using var owner = await ConfigureAsync(autoCreate: true);
        var member = await owner.CreateUserAsync(Api.Unique("unv"));
        var subject = Guid.NewGuid().ToString();
        app.Provider.SignsIn = new ProviderAccount(subject, member.GetProperty("email").GetString()!, false, "Intruder");
        using var browser = new SsoBrowser(app.BaseAddress);

        Assert.Equal("/login?sso=email-unverified", await browser.SignInWithAsync("corp"));
        await (await browser.RefreshAsync()).ShouldBeAsync(HttpStatusCode.Unauthorized);
        using var scope = app.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<GatehouseDb>().SsoIdentities.AnyAsync(i => i.Subject == subject));
    }

    [Fact]
    public async Task Signing_out_ends_a_session_the_provider_started()
    {
        using var owner = await ConfigureAsync();
        var member = await owner.CreateUserAsync(Api.Unique("out"));
        app.Provider.SignsIn = new ProviderAccount(Guid.NewGuid().ToString(), member.GetProperty("email").GetString()!, true, "Signing Out");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await browser.SignInWithAsync("corp"));
        var (signedOut, token) = await browser.SignOutAsync();
        await signedOut.ShouldBeAsync(HttpStatusCode.NoContent);
        await (await browser.RefreshAsync()).ShouldBeAsync(HttpStatusCode.Unauthorized);
        // The session itself is over, not only the cookie: its access token no longer works either.
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_auto_creation_an_unknown_email_gets_no_account()
    {
        using var owner = await ConfigureAsync(autoCreate: false);
        app.Provider.SignsIn = new ProviderAccount(Guid.NewGuid().ToString(), $"{Api.Unique("nobody")}@corp.test", true, "Nobody");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/login?sso=no-account", await browser.SignInWithAsync("corp"));
        await (await browser.RefreshAsync()).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Auto_creation_gives_the_default_role_and_mapped_groups_follow_the_provider()
    {
        using var owner = await ConfigureAsync(autoCreate: true, mappings: [new { group = "mods", role = "moderator" }]);
        var email = $"{Api.Unique("new")}@corp.test";
        var subject = Guid.NewGuid().ToString();
        app.Provider.SignsIn = new ProviderAccount(subject, email, true, "New Person", "mods", "unmapped");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await browser.SignInWithAsync("corp"));
        var created = (await browser.MeAsync()).GetProperty("user");
        Assert.Equal(email, created.GetProperty("email").GetString());
        Assert.Equal("New Person", created.GetProperty("display_name").GetString());
        Assert.Equal(["moderator", "staff"], RoleNames(created).Order());

        // Leaving the group at the provider takes the mapped role away at the next sign-in; the default role stays.
        app.Provider.SignsIn = new ProviderAccount(subject, email, true, "New Person");
        using var later = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await later.SignInWithAsync("corp"));
        Assert.Equal(["staff"], RoleNames((await later.MeAsync()).GetProperty("user")));

        // Created without a password: its only identity cannot be unlinked.
        var token = (await (await later.RefreshAsync()).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();
        using var signedIn = app.CreateClient();
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var only = (await signedIn.GetJsonAsync("/api/v1/me/identities")).EnumerateArray().Single().GetProperty("id").GetGuid();
        Assert.Equal("last-way-in", (await (await signedIn.DeleteAsync($"/api/v1/me/identities/{only}")).ShouldBeAsync(HttpStatusCode.Conflict)).ProblemType());
    }

    [Fact]
    public async Task Two_factor_sign_in_still_applies_after_the_provider()
    {
        using var owner = await ConfigureAsync();
        var (member, _, email) = await app.MemberAsync();
        var enrolment = await (await member.PostAsync("/api/v1/me/2fa/enrolment", null)).ShouldBeAsync(HttpStatusCode.OK);
        var totp = new Totp(Base32Encoding.ToBytes(enrolment.GetProperty("secret").GetString()!));
        await (await member.PostAsJsonAsync("/api/v1/me/2fa/confirm", new { code = totp.ComputeTotp() })).ShouldBeAsync(HttpStatusCode.OK);

        app.Provider.SignsIn = new ProviderAccount(Guid.NewGuid().ToString(), email, true, "Two Factor");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/login?sso=two-factor", await browser.SignInWithAsync("corp"));
        await (await browser.RefreshAsync()).ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("invalid-two-factor-code", (await (await browser.ConfirmTwoFactorAsync("12345")).ShouldBeAsync(HttpStatusCode.Unauthorized)).ProblemType());
        // A recovery-free path: the next 30-second step's code is not yet spent by the enrolment.
        var recovery = await (await member.PostAsJsonAsync("/api/v1/me/2fa/recovery-codes", new { code = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)) }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var code = recovery.GetProperty("codes")[0].GetString()!;
        await (await browser.ConfirmTwoFactorAsync(code)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(email, (await browser.MeAsync()).GetProperty("user").GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_provider_that_was_unreachable_works_at_the_next_sign_in_without_a_restart()
    {
        using var owner = await app.OwnerAsync();
        var port = LocalOidcProvider.FreePort();
        await (await owner.PutAsJsonAsync("/api/v1/sso/providers/late", new
        {
            display_name = "Late ID",
            issuer = $"http://127.0.0.1:{port}/",
            client_id = LocalOidcProvider.ClientId,
            client_secret = LocalOidcProvider.ClientSecret,
            scopes = new[] { "profile", "email" },
        })).ShouldBeAsync(HttpStatusCode.OK);
        // Nobody listens there yet: each attempt fails at once with the reason, and none of them is
        // remembered (several failures would otherwise put the handler into a growing back-off).
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var early = new SsoBrowser(app.BaseAddress);
            Assert.Equal("/login?sso=unreachable", await early.SignInWithAsync("late"));
        }

        await using var late = new LocalOidcProvider(port);
        await late.StartAsync();
        await late.RegisterClientAsync(new Uri(app.BaseAddress, "/api/v1/auth/sso/late/callback"));
        var member = await owner.CreateUserAsync(Api.Unique("late"));
        late.SignsIn = new ProviderAccount(Guid.NewGuid().ToString(), member.GetProperty("email").GetString()!, true, "Late Member");
        using var browser = new SsoBrowser(app.BaseAddress);
        Assert.Equal("/", await browser.SignInWithAsync("late"));
        Assert.Equal(member.GetProperty("id").GetGuid(), (await browser.MeAsync()).GetProperty("user").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Provider_settings_keep_the_secret_encrypted_and_refuse_bad_input()
    {
        using var owner = await ConfigureAsync();
        var listed = (await owner.GetJsonAsync("/api/v1/sso/providers")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "corp");
        Assert.True(listed.GetProperty("has_client_secret").GetBoolean());
        Assert.DoesNotContain(LocalOidcProvider.ClientSecret, listed.GetRawText());
        using (var scope = app.Services.CreateScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<GatehouseDb>().SsoProviders.AsNoTracking().SingleAsync(p => p.Id == "corp");
            Assert.DoesNotContain(LocalOidcProvider.ClientSecret, stored.ClientSecretProtected);
        }
        var version = listed.GetProperty("version").GetInt32();
        // Saving the same settings again changes nothing.
        await ConfigureAsync();
        Assert.Equal(version, (await owner.GetJsonAsync("/api/v1/sso/providers")).EnumerateArray().Single(p => p.GetProperty("id").GetString() == "corp").GetProperty("version").GetInt32());

        var bad = await (await owner.PutAsJsonAsync("/api/v1/sso/providers/corp", new { display_name = "X", issuer = "http://idp.example.test", client_id = "c" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("issuer", out _));
        var badId = await (await owner.PutAsJsonAsync("/api/v1/sso/providers/Not_Valid", new { display_name = "X", issuer = "https://idp.example.test", client_id = "c" }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(badId.GetProperty("errors").TryGetProperty("id", out _));
        var badRole = await (await owner.PutAsJsonAsync("/api/v1/sso/providers/corp", new
        {
            display_name = "X",
            issuer = "https://idp.example.test",
            client_id = "c",
            roles_claim = "groups",
            role_mappings = new[] { new { group = "g", role = "no-such-role" } },
        })).ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.True(badRole.GetProperty("errors").TryGetProperty("role_mappings[0].role", out _));
        await (await app.CreateClient().GetAsync("/api/v1/auth/sso/nope/start")).ShouldBeAsync(HttpStatusCode.NotFound);
    }
}

public sealed class SsoTests_Sqlite(SsoSqliteApp app) : SsoTests<SsoSqliteApp>(app);

public sealed class SsoTests_Postgres(SsoPostgresApp app) : SsoTests<SsoPostgresApp>(app);
