using PdfSharp.Fonts;

namespace Gatehouse.Server.Features.ScheduledReports.Pdf;

/// <summary>
/// PDFsharp's core build finds no fonts by itself on Linux: every face it asks for is served from
/// DejaVu Sans embedded in the server, so a report renders the same on a bare container and covers
/// French accents. Installed once per process (PDFsharp's font settings are global).
/// </summary>
public sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lazy<bool> Installed = new(() =>
    {
        GlobalFontSettings.FontResolver = new EmbeddedFonts();
        return true;
    });

    public static void EnsureInstalled() => _ = Installed.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"Gatehouse.Server.Features.ScheduledReports.Pdf.Fonts.{faceName}.ttf");
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
