using System.IO.Compression;
using System.Text;

namespace Gatehouse.Tests.Infrastructure.Web;

/// <summary>
/// A stand-in for web/dist (index.html with the nonce placeholder, one hashed-style asset with its
/// Brotli and gzip copies, an icon), so tests that need the admin app and its page fallback do not
/// depend on the Node build. Point <c>Gatehouse:Web:Root</c> at <see cref="Create"/>'s folder.
/// </summary>
public static class StandInWebRoot
{
    public const string AppJs = "console.log('app');";

    /// <summary>Writes one into a new temporary folder and answers its path.</summary>
    public static string Create()
    {
        var root = Path.Combine(Path.GetTempPath(), "gatehouse-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"),
            "<!doctype html><html><head><meta name=\"csp-nonce\" content=\"__CSP_NONCE__\"></head><body><div id=\"root\"></div><script type=\"module\" src=\"/assets/app.js\"></script></body></html>");
        File.WriteAllText(Path.Combine(root, "assets", "app.js"), AppJs);
        using (var br = new BrotliStream(File.Create(Path.Combine(root, "assets", "app.js.br")), CompressionLevel.SmallestSize))
            br.Write(Encoding.UTF8.GetBytes(AppJs));
        using (var gz = new GZipStream(File.Create(Path.Combine(root, "assets", "app.js.gz")), CompressionLevel.SmallestSize))
            gz.Write(Encoding.UTF8.GetBytes(AppJs));
        File.WriteAllText(Path.Combine(root, "favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        return root;
    }

    /// <summary>The setting that serves it.</summary>
    public static KeyValuePair<string, string?> Setting(string root) => new("Gatehouse:Web:Root", root);
}
