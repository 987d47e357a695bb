using Gatehouse.Server.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Gatehouse.Server.Features.Imports;

/// <summary>Where uploaded files wait: one file per import, written as it arrives (never whole in memory), size-capped.</summary>
public sealed class ImportStorage(IOptions<ImportsOptions> options, IOptions<GatehouseOptions> gatehouse)
{
    public long MaxBytes => options.Value.MaxFileBytes;

    private string Directory => options.Value.Directory ?? Path.Combine(gatehouse.Value.DataDirectory, "imports");

    public string PathOf(Guid importId) => Path.Combine(Directory, importId.ToString("N") + ".upload");

    /// <returns>The bytes stored, or null when the body is larger than the cap (nothing is kept).</returns>
    public async Task<long?> SaveAsync(Guid importId, HttpContext http, CancellationToken ct)
    {
        if (http.Request.ContentLength > MaxBytes) return null;
        // Kestrel's own cap (30 MB) would cut the body with its own error; this endpoint's cap is the setting.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBytes + 1;
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(importId);
        var total = 0L;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > MaxBytes) break;
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        if (total <= MaxBytes) return total;
        File.Delete(path);
        return null;
    }

    public void Delete(Guid importId) => File.Delete(PathOf(importId));

    /// <summary>The set-password links of a committed import, waiting for the importer's one download.</summary>
    public string LinksPathOf(Guid importId) => Path.Combine(Directory, importId.ToString("N") + ".links.csv");

    /// <summary>The set-password links of a committed import, waiting for <see cref="ImportLinkMailer"/>.</summary>
    public string MailingPathOf(Guid importId) => Path.Combine(Directory, importId.ToString("N") + ".links.mailing");

    /// <summary>Imports whose links were still to be mailed when the server stopped.</summary>
    public IEnumerable<Guid> MailingFiles() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.EnumerateFiles(Directory, "*.links.mailing")
                .Select(f => Guid.TryParseExact(System.IO.Path.GetFileName(f).Split('.')[0], "N", out var id) ? id : Guid.Empty)
                .Where(id => id != Guid.Empty).ToList()
            : [];

    /// <summary>The folder, created if needed.</summary>
    public string Folder() => System.IO.Directory.CreateDirectory(Directory).FullName;
}
