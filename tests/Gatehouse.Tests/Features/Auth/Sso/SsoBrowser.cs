using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gatehouse.Tests.Infrastructure;

namespace Gatehouse.Tests.Features.Auth.Sso;

/// <summary>
/// What a browser does during a single sign-on: follows every redirect between Gatehouse and the
/// provider with its own cookie jar, and stops where Gatehouse sends it into the panel.
/// </summary>
public sealed class SsoBrowser : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _gatehouse;

    public SsoBrowser(Uri gatehouse)
    {
        _gatehouse = gatehouse;
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true });
    }

    /// <summary>Clicks "Sign in with …" and answers where the panel ends up (<c>/</c> or <c>/login?sso=reason</c>).</summary>
    public async Task<string> SignInWithAsync(string provider)
    {
        var url = new Uri(_gatehouse, $"/api/v1/auth/sso/{provider}/start");
        for (var hops = 0; hops < 10; hops++)
        {
            using var response = await _http.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect || response.StatusCode == HttpStatusCode.Found,
                $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var next = new Uri(url, response.Headers.Location!);
            if (next.Authority == _gatehouse.Authority && !next.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)) return next.PathAndQuery;
            url = next;
        }
        throw new InvalidOperationException("Too many redirects.");
    }

    /// <summary>What the panel does on load: swaps the refresh cookie for an access token.</summary>
    public Task<HttpResponseMessage> RefreshAsync() => _http.PostAsJsonAsync(new Uri(_gatehouse, "/api/v1/auth/refresh"), new { });

    public Task<HttpResponseMessage> ConfirmTwoFactorAsync(string code) =>
        _http.PostAsJsonAsync(new Uri(_gatehouse, "/api/v1/auth/sso/two-factor"), new { code });

    /// <summary>The signed-in member (<c>/auth/me</c>) behind the session the refresh cookie holds.</summary>
    public async Task<JsonElement> MeAsync()
    {
        var token = (await (await RefreshAsync()).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_gatehouse, "/api/v1/auth/me"));
        request.Headers.Authorization = new("Bearer", token);
        return await (await _http.SendAsync(request)).ShouldBeAsync(HttpStatusCode.OK);
    }

    /// <summary>The panel's "Sign out": ends the session the refresh cookie holds, from Gatehouse's own origin; answers the access token it used.</summary>
    public async Task<(HttpResponseMessage Response, string Token)> SignOutAsync()
    {
        var token = (await (await RefreshAsync()).ShouldBeAsync(HttpStatusCode.OK)).GetProperty("access_token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_gatehouse, "/api/v1/auth/logout"));
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Add("Origin", _gatehouse.GetLeftPart(UriPartial.Authority));
        return (await _http.SendAsync(request), token!);
    }

    public void Dispose() => _http.Dispose();
}
