using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>
/// The role policy: members holding moderation.ban must use two factors. Until they enrol they can
/// sign in and reach only their own account endpoints (to enrol); after, sign-in asks for a code.
/// </summary>
public abstract class TwoFactorPolicyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp, IAccountSecurityApp
{
    private IAccountSecurityApp Clocked => app;

    private async Task<HttpClient> SignInAsync(string email, string password, string? code = null)
    {
        var tokens = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password, code, refresh_in_body = true }))
            .ShouldBeAsync(HttpStatusCode.OK);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    [Fact]
    public async Task Members_whose_role_requires_it_are_walked_through_enrolment_at_sign_in()
    {
        // The owner holds moderation.ban too: signed in, but held at the enrolment step.
        using var owner = await SignInAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        var held = await (await owner.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("two-factor-enrolment-required", held.ProblemType());
        Assert.True((await owner.GetJsonAsync("/api/v1/me/2fa")).GetProperty("required").GetBoolean());
        var (ownerSecret, _) = await TwoFactorTests<TApp>.EnrolAsync(owner, Clocked);
        await (await owner.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);

        // A member of a role without moderation.ban is not asked.
        var member = await owner.CreateUserAsync(Api.Unique("plain"));
        using var plain = await SignInAsync(member.GetProperty("email").GetString()!, Api.MemberPassword);
        Assert.False((await plain.GetJsonAsync("/api/v1/me/2fa")).GetProperty("required").GetBoolean());

        // A moderator is: held until enrolled, and cannot turn it off afterwards.
        var mod = await owner.CreateUserAsync(Api.Unique("mod"), ["moderator"]);
        var modEmail = mod.GetProperty("email").GetString()!;
        using var moderator = await SignInAsync(modEmail, Api.MemberPassword);
        Assert.Equal("two-factor-enrolment-required", (await (await moderator.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.Forbidden)).ProblemType());
        // Nor does a renewal of such a session carry a page's data (Who's online's, asked for on a cold load).
        var modTokens = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = modEmail, password = Api.MemberPassword, refresh_in_body = true })).ShouldBeAsync(HttpStatusCode.OK);
        var renewed = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh?include=me,online",
            new { refresh_token = modTokens.GetProperty("refresh_token").GetString() })).ShouldBeAsync(HttpStatusCode.OK);
        Assert.True(renewed.TryGetProperty("me", out _));
        Assert.False(renewed.TryGetProperty("included", out _));
        var (modSecret, _) = await TwoFactorTests<TApp>.EnrolAsync(moderator, Clocked);
        await (await moderator.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
        Clocked.Clock.Advance(TimeSpan.FromSeconds(30));
        var off = await (await moderator.PostAsJsonAsync("/api/v1/me/2fa/disable", new { code = Clocked.CodeFor(modSecret) })).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("two-factor-required-by-role", off.ProblemType());

        await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = modEmail, password = Api.MemberPassword }))
            .ShouldBeAsync(HttpStatusCode.Unauthorized);
        Clocked.Clock.Advance(TimeSpan.FromSeconds(30));
        using var again = await SignInAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword, Clocked.CodeFor(ownerSecret));
        await (await again.GetAsync("/api/v1/users")).ShouldBeAsync(HttpStatusCode.OK);
    }
}

public sealed class TwoFactorPolicyTests_Sqlite(TwoFactorPolicySqliteApp app) : TwoFactorPolicyTests<TwoFactorPolicySqliteApp>(app);

public sealed class TwoFactorPolicyTests_Postgres(TwoFactorPolicyPostgresApp app) : TwoFactorPolicyTests<TwoFactorPolicyPostgresApp>(app);
