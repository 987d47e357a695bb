using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

public abstract class SignInTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private async Task<JsonElement> LoginAsync(string email, string password, bool inBody = true) =>
        JsonDocument.Parse(await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email, password, refresh_in_body = inBody })).Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<HttpResponseMessage> RefreshAsync(string token) =>
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refresh_token = token });

    [Fact]
    public async Task Login_with_the_right_password_returns_a_bearer_token_and_a_refresh_token()
    {
        var tokens = await LoginAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(900, tokens.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));

        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        var me = await client.GetJsonAsync("/api/v1/auth/me");
        Assert.True(me.GetProperty("user").GetProperty("is_owner").GetBoolean());
        Assert.Contains("administrator", me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Login_case_of_the_email_does_not_matter()
    {
        var tokens = await LoginAsync(GatehouseApp.OwnerEmail.ToUpperInvariant(), GatehouseApp.OwnerPassword);
        Assert.True(tokens.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Browser_login_sets_an_http_only_strict_refresh_cookie_and_no_body_token()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login",
            new { email = GatehouseApp.OwnerEmail, password = GatehouseApp.OwnerPassword });
        var body = await response.ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("refresh_token").ValueKind);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("gh_refresh=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/api/v1/auth", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        var (_, _, email) = await app.MemberAsync();
        var unknown = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@example.test", password = "Whatever-123!" });
        var wrong = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Passw0rd!" });
        var a = await unknown.ShouldBeAsync(HttpStatusCode.Unauthorized);
        var b = await wrong.ShouldBeAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(a.GetProperty("type").GetString(), b.GetProperty("type").GetString());
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    /// <summary>Reuse after the grace revokes the family: GuardedSignInTests moves a fake clock past it.</summary>
    [Fact]
    public async Task Refresh_rotates_the_token_and_a_second_use_at_once_gets_the_same_successor()
    {
        var (_, _, email) = await app.MemberAsync();
        var first = (await LoginAsync(email, Api.MemberPassword)).GetProperty("refresh_token").GetString()!;

        var rotated = await (await RefreshAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        var second = rotated.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(first, second);

        var again = await (await RefreshAsync(first)).ShouldBeAsync(HttpStatusCode.OK);
        Assert.Equal(second, again.GetProperty("refresh_token").GetString());
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", again.GetProperty("access_token").GetString());
        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bare_refresh_post_with_only_the_cookie_rotates_it()
    {
        var (_, _, email) = await app.MemberAsync();
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword });
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie")).Split(';')[0];

        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh");
        request.Headers.Add("Cookie", cookie);
        var refreshed = await app.CreateClient().SendAsync(request);
        var body = await refreshed.ShouldBeAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("access_token").GetString()));
        Assert.NotEqual(cookie, Assert.Single(refreshed.Headers.GetValues("Set-Cookie")).Split(';')[0]);
    }

    [Fact]
    public async Task A_refresh_asked_to_include_me_answers_what_auth_me_would_in_the_same_response()
    {
        var (_, id, email) = await app.MemberAsync();
        var tokens = await LoginAsync(email, Api.MemberPassword);
        Assert.False(tokens.TryGetProperty("me", out _)); // only when asked

        var refreshed = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh?include=me",
            new { refresh_token = tokens.GetProperty("refresh_token").GetString() })).ShouldBeAsync(HttpStatusCode.OK);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("access_token").GetString());
        var me = await client.GetJsonAsync("/api/v1/auth/me");
        var included = refreshed.GetProperty("me");
        Assert.Equal(id, included.GetProperty("user").GetProperty("id").GetGuid());
        Assert.Equal(me.GetRawText(), included.GetRawText());
    }

    [Fact]
    public async Task A_refresh_with_an_unknown_include_is_refused_by_name_and_rotates_nothing()
    {
        var (_, _, email) = await app.MemberAsync();
        var tokens = await LoginAsync(email, Api.MemberPassword);
        var token = tokens.GetProperty("refresh_token").GetString()!;
        var refused = await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh?include=roles", new { refresh_token = token }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        Assert.Contains("me, online", refused.GetProperty("errors").GetProperty("include")[0].GetString());
        // One unknown value in a list is refused too.
        await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh?include=me,roles", new { refresh_token = token }))
            .ShouldBeAsync(HttpStatusCode.BadRequest);
        // The token was not used up: it still rotates once.
        await (await RefreshAsync(token)).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_ends_the_session_for_access_and_refresh_tokens()
    {
        var (_, _, email) = await app.MemberAsync();
        var tokens = await LoginAsync(email, Api.MemberPassword);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);

        await (await client.PostAsync("/api/v1/auth/logout", null)).ShouldBeAsync(HttpStatusCode.NoContent);

        await (await client.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
        await (await RefreshAsync(tokens.GetProperty("refresh_token").GetString()!)).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_and_say_how_long()
    {
        var (_, _, email) = await app.MemberAsync();
        for (var i = 0; i < 5; i++)
            await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-Passw0rd!" }))
                .ShouldBeAsync(HttpStatusCode.Unauthorized);

        // Even the right password is refused while locked.
        var locked = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword });
        var problem = await locked.ShouldBeAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("account-locked", problem.ProblemType());
        var wait = problem.GetProperty("retry_after_seconds").GetInt32();
        Assert.InRange(wait, 1, 30);
        Assert.Equal(wait.ToString(System.Globalization.CultureInfo.InvariantCulture), locked.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task A_disabled_member_is_told_why_they_cannot_sign_in()
    {
        using var owner = await app.OwnerAsync();
        var (_, id, email) = await app.MemberAsync();
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/disable", new { reason = "spam" })).ShouldBeAsync(HttpStatusCode.OK);

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword });
        var problem = await response.ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("account-disabled", problem.ProblemType());
        Assert.Contains("spam", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_member_ends_their_open_sessions_at_once()
    {
        using var owner = await app.OwnerAsync();
        var (member, id, _) = await app.MemberAsync();
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.OK);
        await (await owner.PostAsJsonAsync($"/api/v1/users/{id}/disable", new { })).ShouldBeAsync(HttpStatusCode.OK);
        await (await member.GetAsync("/api/v1/auth/me")).ShouldBeAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Every_sign_in_attempt_is_audited()
    {
        using var owner = await app.OwnerAsync();
        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = "ghost@example.test", password = "Whatever-123!" });
        var entries = await owner.GetJsonAsync("/api/v1/audit?action=auth.login&result=fail&limit=200");
        Assert.Contains(entries.GetProperty("items").EnumerateArray(),
            e => e.GetProperty("payload").GetProperty("email").GetString() == "ghost@example.test");
    }

    [Fact]
    public async Task Jwks_publishes_the_key_that_signed_the_token()
    {
        var token = await app.AccessTokenAsync(GatehouseApp.OwnerEmail, GatehouseApp.OwnerPassword);
        var header = JsonDocument.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(token.Split('.')[0])).RootElement;
        var jwks = await app.CreateClient().GetJsonAsync("/.well-known/jwks.json");
        var kids = jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(header.GetProperty("kid").GetString(), kids);
        Assert.Equal("ES256", header.GetProperty("alg").GetString());
    }
}

public sealed class SignInTests_Sqlite(SqliteApp app) : SignInTests<SqliteApp>(app);

public sealed class SignInTests_Postgres(PostgresApp app) : SignInTests<PostgresApp>(app);
