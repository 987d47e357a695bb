namespace Gatehouse.Server.Features.Auth;

/// <summary>The SPA's refresh token: HttpOnly, SameSite=Strict, scoped to the auth endpoints only.</summary>
public static class AuthCookies
{
    public const string Refresh = "gh_refresh";
    public const string Path = "/api/v1/auth";

    public static void Set(HttpContext http, string token, DateTime expiresAt) =>
        http.Response.Cookies.Append(Refresh, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = Path,
            Expires = expiresAt,
        });

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Refresh, new CookieOptions { Path = Path, HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps });

    public static string? Read(HttpContext http) => http.Request.Cookies.TryGetValue(Refresh, out var v) ? v : null;
}
