using Gatehouse.Server.Infrastructure.Errors;

namespace Gatehouse.Server.Infrastructure.Security;

/// <summary>
/// CSRF defence for the endpoints a browser authenticates with the refresh cookie (sign-in,
/// refresh, sign-out). The cookie is already SameSite=Strict; this adds the Fetch Metadata and
/// Origin checks, so a sibling site (same-site but another origin) or an old browser that ignores
/// SameSite cannot post either. A request that carries neither header is not from a browser page
/// (curl, an API client) and has no ambient cookie to abuse.
/// </summary>
public static class SameOrigin
{
    public static TBuilder RequireSameOrigin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (IsSameOrigin(http.Request)) return await next(context);
            await http.RequestServices.GetRequiredService<IRefusalLog>().RecordAsync(
                "auth.cross_site_refused", $"{http.Request.Method} {http.Request.Path}",
                new { origin = http.Request.Headers.Origin.ToString(), sec_fetch_site = http.Request.Headers["Sec-Fetch-Site"].ToString() },
                denied: true, http.RequestAborted);
            return Problems.Forbidden("cross-site-request", Messages.Get("csrf.cross_site"));
        });

    public static bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none")) return false;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        // The authority is compared, not the scheme: a TLS-terminating proxy may present http inside.
        return Uri.TryCreate(origin, UriKind.Absolute, out var o)
               && string.Equals(o.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
