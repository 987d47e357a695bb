using Gatehouse.Server.Features.ScheduledReports.Content;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Gatehouse.Server.Features.ScheduledReports.Pdf;

/// <summary>
/// Lays a <see cref="ReportContent"/> out on A4 pages with PDFsharp: a header on every page (community,
/// title, period), the charts, then the table, which flows over as many pages as it needs with its
/// column names repeated; "page n of m" is written once the page count is known.
/// </summary>
public static class ReportPdfWriter
{
    private const double Margin = 40;
    private const double RowHeight = 14;
    private const double A4Width = 595.28;

    public static void Write(ReportContent content, string language, Stream output)
    {
        EmbeddedFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{content.Community} — {content.ReportName}";
        document.Info.Creator = "Gatehouse";
        var page = new PageCursor(document, content);

        foreach (var chart in content.Charts)
        {
            page.Ensure(ReportCharts.Height + 30);
            ReportCharts.Draw(page.Graphics, chart, new XRect(Margin, page.Y, page.Width, ReportCharts.Height));
            page.Y += ReportCharts.Height + 20;
        }
        DrawTable(page, content.Table);
        page.Finish();

        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var p = document.Pages[i];
            g.DrawString(ReportText.In(language, "page", i + 1, count), Fonts.Small, XBrushes.Gray,
                new XRect(Margin, p.Height.Point - Margin + 10, p.Width.Point - 2 * Margin, 12), XStringFormats.TopRight);
            g.DrawString(content.Generated, Fonts.Small, XBrushes.Gray, new XRect(Margin, p.Height.Point - Margin + 10, 300, 12), XStringFormats.TopLeft);
        }
        document.Save(output, closeStream: false);
    }

    private static void DrawTable(PageCursor page, ReportTable table)
    {
        var widths = ColumnWidths(table.Columns.Count, page.Width);
        void Header()
        {
            page.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(230, 234, 242)), Margin, page.Y, page.Width, RowHeight + 2);
            DrawRow(page, table.Columns, widths, Fonts.Bold);
        }
        page.Ensure(RowHeight * 3);
        Header();
        foreach (var row in table.Rows)
        {
            if (page.Ensure(RowHeight)) Header();
            DrawRow(page, row, widths, Fonts.Body);
        }
        if (table.Note is { } note)
        {
            page.Ensure(RowHeight * 2);
            page.Y += 6;
            page.Graphics.DrawString(note, Fonts.Body, XBrushes.DimGray, new XRect(Margin, page.Y, page.Width, RowHeight), XStringFormats.TopLeft);
            page.Y += RowHeight;
        }
    }

    private static void DrawRow(PageCursor page, IReadOnlyList<string> cells, double[] widths, XFont font)
    {
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var text = Fit(page.Graphics, i < cells.Count ? cells[i] : "", font, widths[i] - 4);
            page.Graphics.DrawString(text, font, XBrushes.Black, new XRect(x + 2, page.Y + 2, widths[i] - 4, RowHeight), XStringFormats.TopLeft);
            x += widths[i];
        }
        page.Y += RowHeight;
        page.Graphics.DrawLine(new XPen(XColor.FromArgb(220, 220, 220), 0.5), Margin, page.Y + 1, Margin + page.Width, page.Y + 1);
        page.Y += 2;
    }

    /// <summary>Cuts a cell to its column with an ellipsis (a table row is one line; the CSV has the full text).</summary>
    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width) return text;
        var cut = text.Length;
        while (cut > 0 && g.MeasureString(text[..cut] + "…", font).Width > width) cut--;
        return text[..cut] + "…";
    }

    private static double[] ColumnWidths(int count, double width) => [.. Enumerable.Repeat(width / Math.Max(count, 1), count)];

    /// <summary>The page being filled and where on it; opens the next page (with the header) when something does not fit.</summary>
    private sealed class PageCursor(PdfDocument document, ReportContent content)
    {
        private PdfPage? _page;
        private XGraphics? _graphics;
        public double Y;

        public XGraphics Graphics => _graphics ?? Open();
        public double Width => A4Width - 2 * Margin;

        /// <returns>True when a new page was opened.</returns>
        public bool Ensure(double height)
        {
            if (_graphics is not null && Y + height <= _page!.Height.Point - Margin) return false;
            Open();
            return true;
        }

        private XGraphics Open()
        {
            _graphics?.Dispose();
            _page = document.AddPage();
            _page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(_page);
            Y = Margin;
            _graphics.DrawString(content.Community, Fonts.Title, XBrushes.Black, new XRect(Margin, Y, Width, 20), XStringFormats.TopLeft);
            Y += 22;
            _graphics.DrawString($"{content.Title} — {content.ReportName}", Fonts.Subtitle, XBrushes.Black, new XRect(Margin, Y, Width, 16), XStringFormats.TopLeft);
            Y += 18;
            _graphics.DrawString(content.Period, Fonts.Body, XBrushes.DimGray, new XRect(Margin, Y, Width, 12), XStringFormats.TopLeft);
            Y += 20;
            return _graphics;
        }

        public void Finish()
        {
            _ = Graphics; // a report with neither chart nor row still has its first page
            _graphics!.Dispose();
        }
    }
}

internal static class Fonts
{
    public static readonly XFont Title = new(EmbeddedFonts.Family, 16, XFontStyleEx.Bold);
    public static readonly XFont Subtitle = new(EmbeddedFonts.Family, 12, XFontStyleEx.Bold);
    public static readonly XFont Bold = new(EmbeddedFonts.Family, 7.5, XFontStyleEx.Bold);
    public static readonly XFont Body = new(EmbeddedFonts.Family, 7.5, XFontStyleEx.Regular);
    public static readonly XFont Small = new(EmbeddedFonts.Family, 7, XFontStyleEx.Regular);
}
