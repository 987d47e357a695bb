using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Gatehouse.Server.Infrastructure.Web;

/// <summary>
/// The headers every answer carries. The admin app gets a strict Content-Security-Policy: its own
/// scripts only (no inline script, no eval), styles from its own files or the per-request nonce
/// Mantine stamps on the few style elements it injects, and network access to this origin only
/// (HTTP and WebSocket). The API reference page is the one place that needs inline script.
/// </summary>
public static partial class SecurityHeaders
{
    /// <summary>The key under which the per-request style nonce is kept in <see cref="HttpContext.Items"/>.</summary>
    public const string NonceItem = "gatehouse.csp-nonce";

    public const string ApiDocsPath = "/api/docs";

    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceItem] is string existing) return existing;
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        http.Items[NonceItem] = nonce;
        return nonce;
    }

    public static string AppPolicy(HttpContext http) => string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        $"style-src 'self' 'nonce-{Nonce(http)}'",
        // Avatars are links to anywhere the community hosts them.
        "img-src 'self' data: https: http:",
        "font-src 'self'",
        $"connect-src 'self' {WebSocketOrigin(http)}".TrimEnd(),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>Scalar's reference page boots from an inline script and inline styles.</summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; " +
        "font-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>JSON answers never render: they may load nothing and be framed by nobody.</summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static void Apply(HttpContext http, bool hsts)
    {
        var headers = http.Response.Headers;
        var path = http.Request.Path;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        if (hsts && http.Request.IsHttps) headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
        headers.ContentSecurityPolicy =
            path.StartsWithSegments(ApiDocsPath) ? ApiDocsPolicy
            : WebApp.IsReserved(path) ? ApiPolicy
            : AppPolicy(http);
    }

    /// <summary>
    /// 'self' does not cover ws:/wss: in every browser, so the WebSocket origin of this host is
    /// listed explicitly. The host is checked so a forged Host header cannot widen the policy.
    /// </summary>
    private static string WebSocketOrigin(HttpContext http)
    {
        var host = http.Request.Host.Value;
        if (string.IsNullOrEmpty(host) || !HostPattern().IsMatch(host)) return "";
        return (http.Request.IsHttps ? "wss://" : "ws://") + host;
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$")]
    private static partial Regex HostPattern();
}
