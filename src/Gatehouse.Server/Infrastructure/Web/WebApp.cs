using System.Text;
using Microsoft.Extensions.FileProviders;

namespace Gatehouse.Server.Infrastructure.Web;

/// <summary>
/// Serves the built admin app (web/dist) at <c>/</c>: hashed assets with a year-long cache, and
/// index.html for every other non-API path so the client-side router can take over. API, hub and
/// probe paths never fall back: an unknown one stays a 404 ProblemDetails.
/// </summary>
public static class WebApp
{
    /// <summary>Placeholder in index.html that each answer replaces with that request's style nonce.</summary>
    public const string NoncePlaceholder = "__CSP_NONCE__";

    private static readonly string[] ReservedPrefixes = ["/api", "/hubs", "/gateway", "/healthz", "/readyz", "/metrics", "/.well-known"];

    public static bool IsReserved(PathString path) =>
        ReservedPrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
        || (path.Value?.StartsWith("/gateway", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>
    /// Where the built app is: <c>Gatehouse:Web:Root</c> when set, else the copy next to the server
    /// binaries (what the MSBuild target and publish put there), else <c>web/dist</c> of the source tree.
    /// </summary>
    public static string? FindRoot(IConfiguration configuration, IWebHostEnvironment env)
    {
        if (configuration[$"{GatehouseOptions.Section}:Web:Root"] is { Length: > 0 } configured)
            return Path.GetFullPath(configured, env.ContentRootPath);
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            Path.GetFullPath(Path.Combine(env.ContentRootPath, "..", "..", "web", "dist")),
        ];
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "index.html")));
    }

    /// <summary>Security headers, static assets and the client-side routing fallback; call before the API pipeline.</summary>
    public static WebApplication UseWebApp(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                SecurityHeaders.Apply(http, hsts);
                return Task.CompletedTask;
            });
            return next(http);
        });

        var root = FindRoot(app.Configuration, app.Environment);
        if (root is null)
        {
            app.Logger.LogWarning("The admin app is not built (no web/dist/index.html); only the API is served. Build it with `dotnet build` or `npm run build` in web/.");
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var index = new IndexPage(files);
        // index.html is never served as a plain file: it needs this request's nonce. Not async on the way
        // through: a frame of this middleware would stay allocated as long as a hub connection.
        app.Use((http, next) =>
            (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && (http.Request.Path == "/" || http.Request.Path.Equals("/index.html", StringComparison.OrdinalIgnoreCase))
                ? index.WriteAsync(http)
                : next(http));
        app.UsePrecompressedFiles(files);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = PrecompressedFiles.ContentTypes,
            OnPrepareResponse = c =>
            {
                var immutable = c.Context.Request.Path.StartsWithSegments("/assets");
                c.Context.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        return app;
    }

    /// <summary>
    /// index.html for the client-side router's pages: a GET that no endpoint matched. Middleware after
    /// routing rather than a fallback endpoint on purpose: a catch-all endpoint accepts every content
    /// type, so the router sent a write without a body (hence without a Content-Type) to it instead of
    /// the real endpoint that declares the JSON it reads, and the answer was a bare 404. Call after
    /// <c>UseRouting</c> (and authorization), so the endpoint, if any, is known.
    /// </summary>
    public static WebApplication UseAppPages(this WebApplication app)
    {
        if (FindRoot(app.Configuration, app.Environment) is not { } root) return app;
        var index = new IndexPage(new PhysicalFileProvider(root));
        app.Use((http, next) => http.GetEndpoint() is null && IsAppRoute(http.Request) ? index.WriteAsync(http) : next(http));
        return app;
    }

    /// <summary>A page of the app: a GET outside the reserved prefixes whose last segment is not a file name.</summary>
    internal static bool IsAppRoute(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (IsReserved(request.Path)) return false;
        var last = request.Path.Value?[(request.Path.Value.LastIndexOf('/') + 1)..] ?? "";
        return !last.Contains('.', StringComparison.Ordinal);
    }

    private sealed class IndexPage(IFileProvider files)
    {
        private sealed record Cached(string Html, DateTimeOffset LastModified);

        private Cached? _cached;

        public async Task WriteAsync(HttpContext http)
        {
            var html = await LoadAsync();
            http.Response.StatusCode = 200;
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            if (HttpMethods.IsHead(http.Request.Method)) return;
            await http.Response.WriteAsync(html.Replace(NoncePlaceholder, SecurityHeaders.Nonce(http), StringComparison.Ordinal), Encoding.UTF8);
        }

        /// <summary>Cached, and reloaded when a rebuild replaces the file while the server runs.</summary>
        private async Task<string> LoadAsync()
        {
            var file = files.GetFileInfo("index.html");
            if (_cached is { } c && c.LastModified == file.LastModified) return c.Html;
            await using var stream = file.CreateReadStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var html = await reader.ReadToEndAsync();
            _cached = new Cached(html, file.LastModified);
            return html;
        }
    }
}
