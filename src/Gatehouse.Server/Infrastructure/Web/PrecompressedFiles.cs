using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Gatehouse.Server.Infrastructure.Web;

/// <summary>
/// Serves the Brotli and gzip copies the web build writes next to each asset (<c>x.js.br</c>,
/// <c>x.js.gz</c>) to browsers that accept them, so nothing is compressed per request.
/// ASP.NET Core's <c>MapStaticAssets</c> does the same for a project's own <c>wwwroot</c>, but the
/// admin app is built by Vite into <c>web/dist</c> and found at run time (<c>Gatehouse:Web:Root</c>),
/// outside the static-web-assets manifest that <c>MapStaticAssets</c> reads.
/// </summary>
public static class PrecompressedFiles
{
    private static readonly (string Encoding, string Suffix)[] Variants = [("br", ".br"), ("gzip", ".gz")];
    private static readonly FileExtensionContentTypeProvider Extensions = new();

    /// <summary>Points the request at the best precompressed copy the client accepts; call before UseStaticFiles.</summary>
    public static IApplicationBuilder UsePrecompressedFiles(this IApplicationBuilder app, IFileProvider files) =>
        app.Use((http, next) =>
        {
            Negotiate(http, files);
            return next(http);
        });

    /// <summary>The content type of the original file for its compressed copy (<c>x.js.br</c> is JavaScript).</summary>
    public static IContentTypeProvider ContentTypes { get; } = new OriginalContentTypes();

    private static void Negotiate(HttpContext http, IFileProvider files)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)) return;
        var path = http.Request.Path.Value;
        // Only files have compressed copies, and the built app's files all have an extension: an API or page path
        // (no dot in its last segment) is not looked for on disk, which cost two file-system look-ups per API read.
        if (path is null || !path.AsSpan(path.LastIndexOf('/') + 1).Contains('.')) return;
        if (Variants.Any(v => path.EndsWith(v.Suffix, StringComparison.OrdinalIgnoreCase))) return;
        var available = Variants.Where(v => files.GetFileInfo(path + v.Suffix).Exists).ToList();
        if (available.Count == 0) return;
        // Caches must keep the compressed and plain answers apart.
        http.Response.Headers.Vary = "Accept-Encoding";
        var accepted = http.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in available)
        {
            if (!accepted.Any(a => string.Equals(a.Value.Value, encoding, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0))
                continue;
            http.Request.Path = path + suffix;
            http.Response.Headers.ContentEncoding = encoding;
            return;
        }
    }

    private sealed class OriginalContentTypes : IContentTypeProvider
    {
        public bool TryGetContentType(string subpath, out string contentType)
        {
            foreach (var (_, suffix) in Variants)
                if (subpath.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                    return Extensions.TryGetContentType(subpath[..^suffix.Length], out contentType!);
            return Extensions.TryGetContentType(subpath, out contentType!);
        }
    }
}
