using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Gatehouse.Tests.Infrastructure.Web;

/// <summary>A server with a stand-in for web/dist, so these tests do not depend on the Node build.</summary>
public sealed class WebRootApp : SqliteApp
{
    public const string AppJs = StandInWebRoot.AppJs;

    public string Root { get; } = StandInWebRoot.Create();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>([StandInWebRoot.Setting(Root)]);
}

public sealed partial class WebAppTests(WebRootApp app) : IClassFixture<WebRootApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/members/0190f1a2-0000-7000-8000-000000000001")]
    [InlineData("/setup")]
    public async Task App_routes_get_index_html_with_this_requests_style_nonce(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = NonceInPage().Match(html).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain("__CSP_NONCE__", html, StringComparison.Ordinal);
        Assert.Contains($"style-src 'self' 'nonce-{nonce}'", csp, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_write_without_a_body_reaches_its_endpoint_and_never_the_page_fallback()
    {
        // No body, hence no Content-Type, as `curl -X POST` sends it: the endpoint says what is missing.
        var response = await app.CreateClient().PostAsync("/api/v1/auth/login", null);
        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("body-missing", (await response.ShouldBeAsync(response.StatusCode)).ProblemType());
        // A write to no endpoint at all stays a ProblemDetails 404, and a page is still a page.
        var nowhere = await app.CreateClient().PostAsync("/api/v1/nothing-here", null);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal("application/problem+json", nowhere.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/html", (await app.CreateClient().GetAsync("/invite/AAAAAAAAAAAAAAAA")).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Each_page_load_gets_a_fresh_nonce()
    {
        var client = app.CreateClient();
        var first = NonceInPage().Match(await client.GetStringAsync("/")).Groups[1].Value;
        var second = NonceInPage().Match(await client.GetStringAsync("/")).Groups[1].Value;
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_app_policy_forbids_inline_script_eval_and_framing_and_allows_only_this_origin()
    {
        var response = await app.CreateClient().GetAsync("/roles");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over HTTPS");
    }

    [Fact]
    public async Task Under_https_the_answer_carries_hsts()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync("/");
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' wss://localhost", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year()
    {
        var response = await app.CreateClient().GetAsync("/assets/app.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task Assets_are_served_precompressed_in_the_best_encoding_the_browser_accepts(string? acceptEncoding, string? expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/app.js");
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        var body = await response.Content.ReadAsStreamAsync();
        Stream plain = expected switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        Assert.Equal(WebRootApp.AppJs, await new StreamReader(plain).ReadToEndAsync());
    }

    [Theory]
    [InlineData("/api/v1/nothing-here")]
    [InlineData("/api")]
    [InlineData("/hubs/unknown")]
    [InlineData("/gateway-x")]
    [InlineData("/.well-known/unknown")]
    [InlineData("/assets/missing.js")]
    [InlineData("/missing.png")]
    public async Task Api_and_file_paths_never_fall_back_to_the_app(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_problem_document_with_the_api_policy()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/nothing-here");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_api_reference_page_gets_its_own_relaxed_policy()
    {
        var response = await app.CreateClient().GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_to_an_app_route_is_not_answered_with_the_page()
    {
        var response = await app.CreateClient().PostAsync("/members", new StringContent(""));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("name=\"csp-nonce\" content=\"([^\"]+)\"")]
    private static partial Regex NonceInPage();
}
