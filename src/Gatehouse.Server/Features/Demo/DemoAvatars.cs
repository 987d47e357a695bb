using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Server.Features.Demo;

/// <summary>
/// Avatars for demo members, drawn by the server (the demo must work offline): initials on a
/// colour derived from the name, in white or near-black, whichever reads better on it (WCAG contrast:
/// white initials on the yellow and green ones were under 2:1, and axe cannot see text inside an image).
/// </summary>
public static class DemoAvatars
{
    public const string LightInk = "#FFFFFF";
    public const string DarkInk = "#111214";

    private static readonly string[] Colors = ["#5865F2", "#57F287", "#FEE75C", "#EB459E", "#ED4245", "#3BA55C", "#FAA61A", "#9B59B6", "#1ABC9C", "#E67E22"];

    public static string UrlFor(string username, string origin = "") => $"{origin}/demo/avatars/{Uri.EscapeDataString(username)}.svg";

    public static string Svg(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var color = Colors[hash[0] % Colors.Length];
        var initials = string.Concat(name.Split('.', '-', '_', ' ').Where(p => p.Length > 0).Take(2).Select(p => char.ToUpperInvariant(p[0])));
        if (initials.Length == 0) initials = "?";
        var text = System.Security.SecurityElement.Escape(initials);
        return string.Create(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><rect width="128" height="128" rx="64" fill="{color}"/><text x="64" y="64" dy=".35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="52" font-weight="600" fill="{InkOn(color)}">{text}</text></svg>""");
    }

    /// <summary>The initials' colour on <paramref name="background"/>: the one of the two inks with the higher contrast.</summary>
    public static string InkOn(string background) =>
        ContrastRatio(background, LightInk) >= ContrastRatio(background, DarkInk) ? LightInk : DarkInk;

    /// <summary>WCAG 2 contrast ratio of two <c>#RRGGBB</c> colours, from 1 to 21.</summary>
    public static double ContrastRatio(string a, string b)
    {
        var (la, lb) = (RelativeLuminance(a), RelativeLuminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double RelativeLuminance(string hex)
    {
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
