using System.Net;
using System.Net.Http.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth;

/// <summary>The endpoints a browser reaches with the refresh cookie refuse cross-site posts (CSRF).</summary>
public abstract class CrossSiteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : GatehouseApp
{
    private async Task<string> CookieAsync()
    {
        var (_, _, email) = await app.MemberAsync();
        var login = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Api.MemberPassword });
        return Assert.Single(login.Headers.GetValues("Set-Cookie")).Split(';')[0];
    }

    private Task<HttpResponseMessage> RefreshAsync(string cookie, string? origin, string? fetchSite)
    {
        // What a hostile page's auto-submitted <form method=post> sends: a form body, its own Origin.
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/refresh") { Content = new FormUrlEncodedContent([]) };
        request.Headers.Add("Cookie", cookie);
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return app.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("https://evil.example", "cross-site")]
    [InlineData("https://evil.example", null)]
    [InlineData("https://other.localhost", "same-site")]
    [InlineData(null, "cross-site")]
    public async Task A_cross_site_form_post_with_the_cookie_is_refused_and_rotates_nothing(string? origin, string? fetchSite)
    {
        var cookie = await CookieAsync();
        var refused = await (await RefreshAsync(cookie, origin, fetchSite)).ShouldBeAsync(HttpStatusCode.Forbidden);
        Assert.Equal("cross-site-request", refused.ProblemType());

        // The cookie was not used: the app itself still refreshes with it, from its own origin.
        var same = await RefreshAsync(cookie, "http://localhost", "same-origin");
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_sign_in_is_refused()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = GatehouseApp.OwnerEmail, password = GatehouseApp.OwnerPassword }),
        };
        request.Headers.Add("Origin", "https://evil.example");
        await (await app.CreateClient().SendAsync(request)).ShouldBeAsync(HttpStatusCode.Forbidden);
    }
}

public sealed class CrossSiteTests_Sqlite(SqliteApp app) : CrossSiteTests<SqliteApp>(app);

public sealed class CrossSiteTests_Postgres(PostgresApp app) : CrossSiteTests<PostgresApp>(app);
