using Microsoft.Extensions.FileProviders;

namespace Gatehouse.Server.Infrastructure.Sdk;

/// <summary>
/// Serves the site SDK bundle (<c>/sdk/dist/gatehouse-sdk.js</c>) and its example page
/// (<c>/sdk/example/</c>), copied next to the server by <c>build/Sdk.targets</c>.
/// </summary>
public static class SdkHosting
{
    public static WebApplication UseSdkFiles(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "sdk");
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("The site SDK is not built ({Root} is missing): /sdk/ will not be served. Run npm run build in sdk/", root);
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = "/sdk" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/sdk" });
        return app;
    }
}
