using System.Globalization;
using Gatehouse.Server.Features.ScheduledReports.Content;
using PdfSharp.Drawing;

namespace Gatehouse.Server.Features.ScheduledReports.Pdf;

/// <summary>Bar and line charts drawn as PDF vector graphics (no browser, no image library): axes, a max label, bars or polylines.</summary>
public static class ReportCharts
{
    public const double Height = 170;
    private static readonly XColor Accent = XColor.FromArgb(37, 99, 235);
    private static readonly XColor Muted = XColor.FromArgb(150, 150, 150);

    public static void Draw(XGraphics g, ReportChart chart, XRect area)
    {
        g.DrawString(chart.Title, Fonts.Bold, XBrushes.Black, new XRect(area.X, area.Y, area.Width, 12), XStringFormats.TopLeft);
        var plot = new XRect(area.X + 40, area.Y + 18, area.Width - 50, area.Height - 40);
        var max = Math.Max(1, chart.Values.Concat(chart.Previous ?? []).DefaultIfEmpty(0).Max());
        var axis = new XPen(XColors.Gray, 0.6);
        g.DrawLine(axis, plot.Left, plot.Top, plot.Left, plot.Bottom);
        g.DrawLine(axis, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        g.DrawString(max.ToString("#,0.##", CultureInfo.InvariantCulture), Fonts.Small, XBrushes.Gray, new XRect(area.X, plot.Top - 4, 36, 10), XStringFormats.TopRight);
        g.DrawString("0", Fonts.Small, XBrushes.Gray, new XRect(area.X, plot.Bottom - 8, 36, 10), XStringFormats.TopRight);
        if (chart.Values.Count == 0) return;
        if (chart.Kind == "bar") Bars(g, chart, plot, max);
        else Lines(g, chart, plot, max);
    }

    private static void Bars(XGraphics g, ReportChart chart, XRect plot, double max)
    {
        var slot = plot.Width / chart.Values.Count;
        for (var i = 0; i < chart.Values.Count; i++)
        {
            var h = chart.Values[i] / max * plot.Height;
            var x = plot.Left + i * slot + slot * 0.15;
            g.DrawRectangle(new XSolidBrush(Accent), x, plot.Bottom - h, slot * 0.7, h);
            g.DrawString(chart.Values[i].ToString("#,0", CultureInfo.InvariantCulture), Fonts.Small, XBrushes.Black,
                new XRect(x, plot.Bottom - h - 10, slot * 0.7, 10), XStringFormats.TopCenter);
            g.DrawString(chart.Labels[i], Fonts.Small, XBrushes.Black, new XRect(plot.Left + i * slot, plot.Bottom + 3, slot, 10), XStringFormats.TopCenter);
        }
    }

    private static void Lines(XGraphics g, ReportChart chart, XRect plot, double max)
    {
        if (chart.Previous is { Count: > 1 } previous)
            g.DrawLines(new XPen(Muted, 1) { DashStyle = XDashStyle.Dash }, Points(previous, plot, max));
        if (chart.Values.Count > 1) g.DrawLines(new XPen(Accent, 1.6), Points(chart.Values, plot, max));
        // A handful of time labels, evenly spread, so they never overlap.
        var every = Math.Max(1, chart.Labels.Count / 6);
        for (var i = 0; i < chart.Labels.Count; i += every)
        {
            var x = plot.Left + (chart.Labels.Count == 1 ? 0 : i * plot.Width / (chart.Labels.Count - 1));
            g.DrawString(chart.Labels[i], Fonts.Small, XBrushes.Gray, new XRect(x - 30, plot.Bottom + 3, 60, 10), XStringFormats.TopCenter);
        }
    }

    private static XPoint[] Points(IReadOnlyList<double> values, XRect plot, double max) =>
        [.. values.Select((v, i) => new XPoint(plot.Left + i * plot.Width / Math.Max(1, values.Count - 1), plot.Bottom - v / max * plot.Height))];
}
