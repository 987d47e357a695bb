using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gatehouse.Server.Features.Demo;

/// <summary>
/// Avatars for demo members, drawn by the server (the demo must work offline): initials on a
/// colour derived from the name.
/// </summary>
public static class DemoAvatars
{
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
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><rect width="128" height="128" rx="64" fill="{color}"/><text x="64" y="64" dy=".35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="52" font-weight="600" fill="#fff">{text}</text></svg>""");
    }
}
